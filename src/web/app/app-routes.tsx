import { useEffect, useRef } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { PageHeader } from '../components/page-header.tsx';
import { AccountsPage } from '../features/admin/accounts-page.tsx';
import { AuditPage } from '../features/admin/audit-page.tsx';
import { ImportPage } from '../features/admin/import-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { DirectoryPage } from '../features/directory/directory-page.tsx';
import {
  OrganizationCreatePage,
  OrganizationEditPage,
} from '../features/directory/organization-form-page.tsx';
import { OrganizationProfilePage } from '../features/directory/organization-profile-page.tsx';
import { GapsPage } from '../features/industry-map/gaps-page.tsx';
import { HeatmapPage } from '../features/industry-map/heatmap-page.tsx';
import { IndustryMapPage } from '../features/industry-map/industry-map-page.tsx';
import { NetworkPage } from '../features/industry-map/network-page.tsx';
import { ShortlistPage } from '../features/industry-map/shortlist-page.tsx';
import { SupplyChainPage } from '../features/industry-map/supply-chain-page.tsx';
import { BoardPage } from '../features/matching/board-page.tsx';
import { IntroductionsPage } from '../features/matching/introductions-page.tsx';
import { PostFormPage } from '../features/matching/post-form-page.tsx';
import { PostPage } from '../features/matching/post-page.tsx';
import { PostsPage } from '../features/matching/posts-page.tsx';
import { SitingPage } from '../features/siting/siting-page.tsx';
import { StudyReportPage } from '../features/siting/study-report-page.tsx';
import { AnswerPage } from '../features/surveys/answer-page.tsx';
import { SurveyPage } from '../features/surveys/survey-page.tsx';
import { SurveysPage } from '../features/surveys/surveys-page.tsx';
import { TaxonomyPage } from '../features/taxonomy/taxonomy-page.tsx';
import { useT } from '../lib/i18n.tsx';

function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('notFound')} />
      <Link href="/">{t('backHome')}</Link>
    </>
  );
}

/** After a client-side navigation, move focus to <main> so keyboard and screen-reader users start at the content. */
function useFocusMainOnNavigate() {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    // Not on first load (the visitor starts at the top anyway), only when the route changes.
    if (previous.current === location) return;
    previous.current = location;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);
}

export function AppRoutes() {
  useFocusMainOnNavigate();
  return (
    <Switch>
      <Route path="/" component={DirectoryPage} />
      <Route path="/directory" component={DirectoryPage} />
      <Route path="/organizations/new" component={OrganizationCreatePage} />
      <Route path="/organizations/:id/edit">{(p) => <OrganizationEditPage key={p.id} id={p.id} />}</Route>
      <Route path="/organizations/:id">{(p) => <OrganizationProfilePage id={p.id} />}</Route>
      <Route path="/taxonomy" component={TaxonomyPage} />
      <Route path="/map" component={IndustryMapPage} />
      <Route path="/siting" component={SitingPage} />
      <Route path="/siting/studies/:id">{(p) => <StudyReportPage id={p.id} />}</Route>
      <Route path="/industry-map" component={HeatmapPage} />
      <Route path="/industry-map/supply-chain" component={SupplyChainPage} />
      <Route path="/industry-map/network" component={NetworkPage} />
      <Route path="/industry-map/gaps" component={GapsPage} />
      <Route path="/industry-map/shortlist" component={ShortlistPage} />
      <Route path="/surveys" component={SurveysPage} />
      <Route path="/surveys/:id">{(p) => <SurveyPage id={p.id} />}</Route>
      <Route path="/s/:token">{(p) => <AnswerPage token={p.token} />}</Route>
      <Route path="/matching" component={PostsPage} />
      <Route path="/matching/needs/new">{() => <PostFormPage kind="need" />}</Route>
      <Route path="/matching/seeds/new">{() => <PostFormPage kind="seed" />}</Route>
      <Route path="/matching/needs/:id">{(p) => <PostPage key={p.id} kind="need" id={p.id} />}</Route>
      <Route path="/matching/seeds/:id">{(p) => <PostPage key={p.id} kind="seed" id={p.id} />}</Route>
      <Route path="/introductions">{() => <IntroductionsPage />}</Route>
      <Route path="/introductions/:id">{(p) => <IntroductionsPage focus={p.id} />}</Route>
      <Route path="/admin/introductions" component={BoardPage} />
      <Route path="/login" component={LoginPage} />
      <Route path="/admin/import" component={ImportPage} />
      <Route path="/admin/accounts" component={AccountsPage} />
      <Route path="/admin/audit" component={AuditPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
