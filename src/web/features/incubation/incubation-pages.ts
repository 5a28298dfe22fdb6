/** The incubation feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './incubation-messages.ts';
import './bookings-messages.ts';
import './leases-messages.ts';
import './incubation.css';
import './leases.css';

export { BookingsPage } from './bookings-page.tsx';
export { EquipmentBookingPage } from './equipment-booking-page.tsx';
export { FacilitiesPage } from './facilities-page.tsx';
export { FacilityPage } from './facility-page.tsx';
export { LeasesPage } from './leases-page.tsx';
