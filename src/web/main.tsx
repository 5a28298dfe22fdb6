import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Fusion Cluster Hub</p>);
