import { MILESTONE_TABLE_MARKER } from '../documents';
import type { MasterSet } from './types';

/**
 * The masters in English: our own wording, for the CSM to adapt per client. Content, not
 * messages (see zh-TW.ts): it stays outside the message catalogue.
 */
export const MASTERS_EN: MasterSet = {
  'launch-email': [
    { title: 'Launch announcement: {{projectName}}' },
    { text: 'Subject: {{projectName}} goes live on {{launchDate}}!' },
    { heading: 'Message' },
    { text: 'Dear supporter,' },
    {
      text: '{{clientName}} has been preparing "{{projectName}}" for a long time. The campaign opens on {{launchDate}} and runs until {{endDate}}: {{campaignDays}} days.',
    },
    {
      text: 'Our goal is {{targetAmount}}. The first 48 hours decide a lot; your support and a share help many more people find the project.',
    },
    {
      list: [
        'Early-bird rewards are limited: first come, first served on launch day',
        'Expected shipping: {{shippingMonth}}',
        'Questions? Just reply to this email',
      ],
    },
    { text: 'Thank you for being with us!' },
    { text: '{{clientName}}' },
    { heading: 'Before sending' },
    {
      list: [
        'The project link points to the live page',
        'Early-bird rewards and quantities match the back office',
        'A test copy went to yourself and {{csmName}}',
      ],
    },
  ],
  'shipping-email': [
    { title: 'Shipping notification: {{projectName}}' },
    { text: 'Subject: Your {{projectName}} reward is on its way' },
    { heading: 'Message' },
    { text: 'Dear backer,' },
    {
      text: 'Thank you for backing "{{projectName}}". Rewards ship from {{shippingMonth}}; you will get your tracking number by text message or email.',
    },
    { subheading: 'When your parcel arrives' },
    {
      list: [
        'Taiwanese law gives you a 7-day inspection period after delivery',
        'Missing or damaged items: reply with a photo within 7 days of delivery',
        'Tell us early about a new address: a parcel cannot be redirected once shipped',
      ],
    },
    { text: 'Thank you again for making this project real.' },
    { text: '{{clientName}}' },
  ],
  newsletter: [
    { title: '{{projectName}} newsletter' },
    { text: 'Sent on {{today}}' },
    { heading: 'Headline' },
    { text: '(One sentence with the most important news, e.g. only {{daysToLaunch}} days to launch!)' },
    { heading: 'Where the project stands' },
    { list: ['Launch: {{launchDate}}', 'End: {{endDate}}', 'Expected shipping: {{shippingMonth}}'] },
    { heading: 'Behind the scenes' },
    { text: '(A short story about design, samples or the team, with one photo.)' },
    { heading: 'What you can do' },
    { text: '(Ask for one thing: set a launch reminder, answer the survey, tell a friend.)' },
    { text: '{{clientName}}' },
  ],
  'pr-letter': [
    { title: 'PR & KOL outreach: {{projectName}}' },
    { text: 'Subject: Invitation: "{{projectName}}" by {{clientName}} launches on {{launchDate}}' },
    { heading: 'Message' },
    { text: 'Hello, my name is {{contactName}} and I write on behalf of {{clientName}}.' },
    {
      text: 'Our new project "{{projectName}}" launches its crowdfunding campaign on {{launchDate}}, aiming for {{targetAmount}}. We would love you to try it first and share your honest impressions around the launch.',
    },
    { subheading: 'Ways to work together (open to discussion)' },
    {
      list: [
        'A sample to try, with an unboxing or review after launch',
        'A press preview one week before launch, under embargo',
        'A dedicated discount code or a joint reward',
      ],
    },
    { text: 'The press release and product photos are attached. Could we find a time to talk?' },
    { text: '{{contactName}} | {{clientName}} | {{contactEmail}}' },
  ],
  strategy: [
    { title: 'Initial marketing strategy: {{projectName}}' },
    {
      text: 'Client: {{clientName}} | Tier: {{tier}} | Service level: {{serviceLevel}} | Goal: {{targetAmount}}',
    },
    { heading: 'Timeline' },
    {
      list: [
        'Preparation starts: {{prepStartDate}}',
        'First copy draft: {{copyDraftDate}}',
        'Pre-launch survey: {{surveyDate}}',
        'Launch: {{launchDate}}',
        'End: {{endDate}} ({{campaignDays}} days)',
        'Shipping: {{shippingMonth}}',
      ],
    },
    { heading: 'What this service level covers' },
    { text: '{{checklist}}' },
    { heading: 'People: who does what' },
    { text: '(For each area, who is in charge and whether it is outsourced.)' },
    { heading: 'Resources: budget and channels' },
    { text: '(Ad budget, own community and mailing list, media and KOLs within reach.)' },
    { heading: 'Key moves before launch' },
    {
      list: [
        'Start collecting emails about two months before launch',
        'Build the press and KOL list about one month before',
        'Page built and identity verified two weeks before',
        'Submit for review at least 7 days before launch',
      ],
    },
    { text: 'Your consultant: {{csmName}} ({{csmEmail}}) | Folder: {{folderUrl}}' },
  ],
  timeline: [
    { title: 'Project timeline: {{projectName}}' },
    {
      text: 'The milestones of {{clientName}}, by date. Please finish each one by its day, and tell {{csmName}} early when something gets in the way.',
    },
    { text: MILESTONE_TABLE_MARKER },
    { text: 'Launch: {{launchDate}} | End: {{endDate}} | Shipping: {{shippingMonth}}' },
  ],
  'meeting-notes': [
    { title: 'Meeting notes: {{clientName}} — {{projectName}}' },
    {
      table: [
        ['Date', 'Attendees', 'Place / link'],
        ['', '{{contactName}}, {{csmName}}', ''],
      ],
    },
    { heading: 'Agenda' },
    { list: ['Progress since last time', 'Decisions to take', 'Next steps and dates'] },
    { heading: 'Decisions' },
    { text: '' },
    { heading: 'Action items' },
    {
      table: [
        ['Item', 'Owner', 'Due'],
        ['', '', ''],
      ],
    },
    { heading: 'Extra advice to send (within 3-5 days)' },
    { text: '(Something useful the client did not ask for.)' },
  ],
};
