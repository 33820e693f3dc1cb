/** One server call at a time from a control: what a second click asks while the first runs. */
export interface InFlight {
  /** Is a call under way? */
  readonly busy: boolean;
  /**
   * Runs `work` unless an earlier one is still under way; says whether it ran. A disabled
   * button is not guard enough: a keyboard Enter can still submit the form it sits in.
   */
  run(work: () => Promise<void>): Promise<boolean>;
}

/** A guard that lets one call through at a time. */
export function inFlight(): InFlight {
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    async run(work) {
      if (busy) return false;
      busy = true;
      try {
        await work();
      } finally {
        busy = false;
      }
      return true;
    },
  };
}
