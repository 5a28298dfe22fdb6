/** The events feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './events-messages.ts';
import './events.css';

export { BrokerageAgendaPage } from './brokerage-agenda-page.tsx';
export { EventFiguresPage } from './event-figures-page.tsx';
export { EventCreatePage, EventEditPage } from './event-form.tsx';
export { EventManagePage } from './event-manage-page.tsx';
export { EventPage } from './event-page.tsx';
export { EventsPage } from './events-page.tsx';
