/** The incubation feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './incubation-messages.ts';
import './bookings-messages.ts';
import './leases-messages.ts';
import './incubation-forms-messages.ts';
import './incubation.css';
import './leases.css';
import './incubation-forms.css';

export { BookingsPage } from './bookings-page.tsx';
export { EquipmentBookingPage } from './equipment-booking-page.tsx';
export { FacilitiesPage } from './facilities-page.tsx';
export { FacilityCreatePage, FacilityEditPage } from './facility-form.tsx';
export { FacilityPage } from './facility-page.tsx';
export { LeasesPage } from './leases-page.tsx';
