export * from './aftercare.ts';
export * from './files.ts';
export * from './vocabulary.ts';
export { addWorkingDays, holidayOn, isWorkingDay, japanDay, workingDaysBetween } from './working-days.ts';
