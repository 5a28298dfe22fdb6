// Japan time is UTC+9 all year (no daylight saving): a day, a month or a week in Japan is that offset away from
// UTC, whatever the server's own time zone. One definition for every module that counts Japanese days.

export const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar day in Japan a moment falls on, 'YYYY-MM-DD'. */
export const japanDay = (at: Date) => new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
