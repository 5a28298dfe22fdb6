export * from './vocabulary.ts';
export { addWorkingDays, holidayOn, isWorkingDay, japanDay, workingDaysBetween } from './working-days.ts';
