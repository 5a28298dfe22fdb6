export * from './aftercare.ts';
export { type Identity, identityLeaks } from './anonymity.ts';
export { daysInPeriod, monthsOfPeriod, shareOf, shiftDay, workingDayCalendar } from './figures.ts';
export * from './files.ts';
export * from './vocabulary.ts';
export { addWorkingDays, holidayOn, isWorkingDay, japanDay, workingDaysBetween } from './working-days.ts';
