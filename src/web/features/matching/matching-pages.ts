/** The matching feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './matching-messages.ts';
import './matching.css';

export { BoardPage } from './board-page.tsx';
export { IntroductionsPage } from './introductions-page.tsx';
export { PostFormPage } from './post-form-page.tsx';
export { PostPage } from './post-page.tsx';
export { PostsPage } from './posts-page.tsx';
