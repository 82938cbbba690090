import cron from "node-cron";
import type { Logger } from "./logger.js";

export interface JobHandle {
  stop(): Promise<void>;
}

/**
 * Runs `task` on a cron expression (5 fields, or 6 with seconds) in the given time zone. Runs
 * never overlap, and a failing run is logged without stopping the schedule.
 */
export function scheduleJob(
  name: string,
  expression: string,
  timezone: string,
  task: () => Promise<unknown>,
  logger: Logger,
): JobHandle {
  const scheduled = cron.schedule(
    expression,
    async () => {
      try {
        await task();
      } catch (error) {
        logger.error({ err: error, job: name }, "scheduled job failed");
      }
    },
    { name, noOverlap: true, timezone },
  );
  return {
    async stop() {
      await scheduled.stop();
      await scheduled.destroy();
    },
  };
}
