import { addDays, format, parseISO } from 'date-fns';

/** Three sample clients for `npm start`, dated from today so the demo never goes stale. */
export function sampleClients(today: string): Array<Record<string, unknown>> {
  const day = (offset: number) => format(addDays(parseISO(today), offset), 'yyyy-MM-dd');
  const month = (offset: number) => format(addDays(parseISO(today), offset), 'yyyy-MM');
  return [
    {
      clientName: '木趣工作室',
      projectName: '可折疊實木露營桌',
      contactName: '林小姐',
      contactEmail: 'lin@example.com',
      language: 'zh-TW',
      targetAmount: 1_200_000,
      dates: { launch: day(60), end: day(90), shipping: month(150) },
      notes: '首次募資，需要影片與廣告協助',
    },
    {
      clientName: 'Brightside Audio',
      projectName: 'Pocket Hi-Fi Speaker',
      contactName: 'Sam Lee',
      contactEmail: 'sam@example.com',
      ccEmails: ['team@example.com'],
      language: 'en',
      targetAmount: 450_000,
      dates: { launch: day(45), end: day(75), shipping: month(130) },
    },
    {
      // Launching in ten days with a small budget: the too-tight check catches it.
      clientName: '小島手作',
      projectName: '海玻璃飾品',
      contactEmail: 'island@example.com',
      language: 'zh-TW',
      targetAmount: 150_000,
      dates: { launch: day(10), end: day(40), shipping: month(80) },
    },
  ];
}
