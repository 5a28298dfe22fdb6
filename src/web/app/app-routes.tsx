import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { PageHeader } from '../components/page-header.tsx';
import { LoadingMessage } from '../components/status-message.tsx';
import { useT } from '../lib/i18n.tsx';

/**
 * Each feature is its own chunk, loaded when first visited: the first page does not download the map
 * (MapLibre), the charts (ECharts) or the other features.
 */
const admin = () => import('../features/admin/admin-pages.ts');
const AccountsPage = lazy(() => admin().then((m) => ({ default: m.AccountsPage })));
const AuditPage = lazy(() => admin().then((m) => ({ default: m.AuditPage })));
const ImportPage = lazy(() => admin().then((m) => ({ default: m.ImportPage })));
const account = () => import('../features/account/account-pages.ts');
const AccountPage = lazy(() => account().then((m) => ({ default: m.AccountPage })));
const ResetPasswordPage = lazy(() => account().then((m) => ({ default: m.ResetPasswordPage })));
const InvitationPage = lazy(() => account().then((m) => ({ default: m.InvitationPage })));
const LoginPage = lazy(() =>
  import('../features/auth/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const directory = () => import('../features/directory/directory-pages.ts');
const DirectoryPage = lazy(() => directory().then((m) => ({ default: m.DirectoryPage })));
const OrganizationCreatePage = lazy(() => directory().then((m) => ({ default: m.OrganizationCreatePage })));
const OrganizationEditPage = lazy(() => directory().then((m) => ({ default: m.OrganizationEditPage })));
const OrganizationProfilePage = lazy(() => directory().then((m) => ({ default: m.OrganizationProfilePage })));
const HomePage = lazy(() => import('../features/home/home-pages.ts').then((m) => ({ default: m.HomePage })));
const events = () => import('../features/events/events-pages.ts');
const EventsPage = lazy(() => events().then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => events().then((m) => ({ default: m.EventPage })));
const EventCreatePage = lazy(() => events().then((m) => ({ default: m.EventCreatePage })));
const EventEditPage = lazy(() => events().then((m) => ({ default: m.EventEditPage })));
const EventManagePage = lazy(() => events().then((m) => ({ default: m.EventManagePage })));
const EventFiguresPage = lazy(() => events().then((m) => ({ default: m.EventFiguresPage })));
const BrokerageAgendaPage = lazy(() => events().then((m) => ({ default: m.BrokerageAgendaPage })));
const clusterPages = () => import('../features/cluster/cluster-pages.ts');
const ClustersPage = lazy(() => clusterPages().then((m) => ({ default: m.ClustersPage })));
const ClusterPage = lazy(() => clusterPages().then((m) => ({ default: m.ClusterPage })));
const ClusterComparePage = lazy(() => clusterPages().then((m) => ({ default: m.ClusterComparePage })));
const ClusterReportPage = lazy(() => clusterPages().then((m) => ({ default: m.ClusterReportPage })));
const IndicatorRecordsPage = lazy(() => clusterPages().then((m) => ({ default: m.IndicatorRecordsPage })));
const partnerships = () => import('../features/partnerships/partnerships-pages.ts');
const AgreementsPage = lazy(() => partnerships().then((m) => ({ default: m.AgreementsPage })));
const AgreementPage = lazy(() => partnerships().then((m) => ({ default: m.AgreementPage })));
const AgreementCreatePage = lazy(() => partnerships().then((m) => ({ default: m.AgreementCreatePage })));
const AgreementEditPage = lazy(() => partnerships().then((m) => ({ default: m.AgreementEditPage })));
const BulletinsPage = lazy(() => partnerships().then((m) => ({ default: m.BulletinsPage })));
const BulletinCreatePage = lazy(() => partnerships().then((m) => ({ default: m.BulletinCreatePage })));
const BulletinEditPage = lazy(() => partnerships().then((m) => ({ default: m.BulletinEditPage })));
const AllianceGroupsPage = lazy(() => partnerships().then((m) => ({ default: m.AllianceGroupsPage })));
const AllianceGroupPage = lazy(() => partnerships().then((m) => ({ default: m.AllianceGroupPage })));
const industryMap = () => import('../features/industry-map/industry-map-pages.ts');
const GapsPage = lazy(() => industryMap().then((m) => ({ default: m.GapsPage })));
const HeatmapPage = lazy(() => industryMap().then((m) => ({ default: m.HeatmapPage })));
const IndustryMapPage = lazy(() => industryMap().then((m) => ({ default: m.IndustryMapPage })));
const NetworkPage = lazy(() => industryMap().then((m) => ({ default: m.NetworkPage })));
const ShortlistPage = lazy(() => industryMap().then((m) => ({ default: m.ShortlistPage })));
const SupplyChainPage = lazy(() => industryMap().then((m) => ({ default: m.SupplyChainPage })));
const matching = () => import('../features/matching/matching-pages.ts');
const BoardPage = lazy(() => matching().then((m) => ({ default: m.BoardPage })));
const IntroductionsPage = lazy(() => matching().then((m) => ({ default: m.IntroductionsPage })));
const PostFormPage = lazy(() => matching().then((m) => ({ default: m.PostFormPage })));
const PostPage = lazy(() => matching().then((m) => ({ default: m.PostPage })));
const PostsPage = lazy(() => matching().then((m) => ({ default: m.PostsPage })));
const incubation = () => import('../features/incubation/incubation-pages.ts');
const FacilitiesPage = lazy(() => incubation().then((m) => ({ default: m.FacilitiesPage })));
const FacilityPage = lazy(() => incubation().then((m) => ({ default: m.FacilityPage })));
const FacilityCreatePage = lazy(() => incubation().then((m) => ({ default: m.FacilityCreatePage })));
const FacilityEditPage = lazy(() => incubation().then((m) => ({ default: m.FacilityEditPage })));
const BookingsPage = lazy(() => incubation().then((m) => ({ default: m.BookingsPage })));
const EquipmentBookingPage = lazy(() => incubation().then((m) => ({ default: m.EquipmentBookingPage })));
const calls = () => import('../features/calls/calls-pages.ts');
const CallsPage = lazy(() => calls().then((m) => ({ default: m.CallsPage })));
const CallFormPage = lazy(() => calls().then((m) => ({ default: m.CallFormPage })));
const CallPage = lazy(() => calls().then((m) => ({ default: m.CallPage })));
const ApplicationPage = lazy(() => calls().then((m) => ({ default: m.ApplicationPage })));
const ReviewsPage = lazy(() => calls().then((m) => ({ default: m.ReviewsPage })));
const LeasesPage = lazy(() => incubation().then((m) => ({ default: m.LeasesPage })));
const publicFace = () => import('../features/public/public-pages.ts');
const PublicHubPage = lazy(() => publicFace().then((m) => ({ default: m.PublicHubPage })));
const ExplainerPage = lazy(() => publicFace().then((m) => ({ default: m.ExplainerPage })));
const ExplainerEditPage = lazy(() => publicFace().then((m) => ({ default: m.ExplainerEditPage })));
const FaqPage = lazy(() => publicFace().then((m) => ({ default: m.FaqPage })));
const QuestionsPage = lazy(() => publicFace().then((m) => ({ default: m.QuestionsPage })));
const ModerationPage = lazy(() => publicFace().then((m) => ({ default: m.ModerationPage })));
const desk = () => import('../features/desk/desk-pages.ts');
const DeskPage = lazy(() => desk().then((m) => ({ default: m.DeskPage })));
const DeskAskPage = lazy(() => desk().then((m) => ({ default: m.DeskAskPage })));
const ConsultationPage = lazy(() => desk().then((m) => ({ default: m.ConsultationPage })));
const DeskFlagsPage = lazy(() => desk().then((m) => ({ default: m.DeskFlagsPage })));
const DeskFiguresPage = lazy(() => desk().then((m) => ({ default: m.DeskFiguresPage })));
const DeskSearchPage = lazy(() => desk().then((m) => ({ default: m.DeskSearchPage })));
const siting = () => import('../features/siting/siting-pages.ts');
const SitingPage = lazy(() => siting().then((m) => ({ default: m.SitingPage })));
const StudyReportPage = lazy(() => siting().then((m) => ({ default: m.StudyReportPage })));
const StudiesPage = lazy(() => siting().then((m) => ({ default: m.StudiesPage })));
const surveys = () => import('../features/surveys/surveys-pages.ts');
const AnswerPage = lazy(() => surveys().then((m) => ({ default: m.AnswerPage })));
const SurveyPage = lazy(() => surveys().then((m) => ({ default: m.SurveyPage })));
const SurveysPage = lazy(() => surveys().then((m) => ({ default: m.SurveysPage })));
const talent = () => import('../features/talent/talent-pages.ts');
const ProgrammesPage = lazy(() => talent().then((m) => ({ default: m.ProgrammesPage })));
const ProgrammePage = lazy(() => talent().then((m) => ({ default: m.ProgrammePage })));
const ProgrammeFormPage = lazy(() => talent().then((m) => ({ default: m.ProgrammeFormPage })));
const ProgrammeEditPage = lazy(() => talent().then((m) => ({ default: m.ProgrammeEditPage })));
const MyTrainingPage = lazy(() => talent().then((m) => ({ default: m.MyTrainingPage })));
const OpeningsPage = lazy(() => talent().then((m) => ({ default: m.OpeningsPage })));
const OpeningPage = lazy(() => talent().then((m) => ({ default: m.OpeningPage })));
const OpeningFormPage = lazy(() => talent().then((m) => ({ default: m.OpeningFormPage })));
const OpeningEditPage = lazy(() => talent().then((m) => ({ default: m.OpeningEditPage })));
const MyApplicationsPage = lazy(() => talent().then((m) => ({ default: m.MyApplicationsPage })));
const WorkforcePage = lazy(() => talent().then((m) => ({ default: m.WorkforcePage })));
const TaxonomyPage = lazy(() =>
  import('../features/taxonomy/taxonomy-page.tsx').then((m) => ({ default: m.TaxonomyPage })),
);

/** `/` is the home page; a directory search bookmarked from when `/` was the directory still finds it. */
function Root() {
  const search = useSearch();
  return search ? <Redirect to={`/directory?${search}`} replace /> : <HomePage />;
}

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
    <Suspense fallback={<LoadingMessage />}>
      <Switch>
        <Route path="/" component={Root} />
        <Route path="/directory" component={DirectoryPage} />
        <Route path="/organizations/new" component={OrganizationCreatePage} />
        <Route path="/organizations/:id/edit">{(p) => <OrganizationEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/organizations/:id">{(p) => <OrganizationProfilePage id={p.id} />}</Route>
        <Route path="/taxonomy" component={TaxonomyPage} />
        <Route path="/map" component={IndustryMapPage} />
        <Route path="/siting" component={SitingPage} />
        <Route path="/siting/studies" component={StudiesPage} />
        <Route path="/siting/studies/:id">{(p) => <StudyReportPage id={p.id} />}</Route>
        <Route path="/industry-map" component={HeatmapPage} />
        <Route path="/industry-map/supply-chain" component={SupplyChainPage} />
        <Route path="/industry-map/network" component={NetworkPage} />
        <Route path="/industry-map/gaps" component={GapsPage} />
        <Route path="/industry-map/shortlist" component={ShortlistPage} />
        <Route path="/events" component={EventsPage} />
        <Route path="/events/new" component={EventCreatePage} />
        <Route path="/events/figures" component={EventFiguresPage} />
        <Route path="/events/:id/edit">{(p) => <EventEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/events/:id/manage">{(p) => <EventManagePage key={p.id} id={p.id} />}</Route>
        <Route path="/events/:id/agenda">{(p) => <BrokerageAgendaPage key={p.id} id={p.id} />}</Route>
        <Route path="/events/:id">{(p) => <EventPage key={p.id} id={p.id} />}</Route>
        <Route path="/clusters" component={ClustersPage} />
        <Route path="/clusters/compare" component={ClusterComparePage} />
        <Route path="/clusters/:key/report">{(p) => <ClusterReportPage key={p.key} cluster={p.key} />}</Route>
        <Route path="/clusters/:key/indicators/:indicator">
          {(p) => (
            <IndicatorRecordsPage key={`${p.key}/${p.indicator}`} cluster={p.key} indicator={p.indicator} />
          )}
        </Route>
        <Route path="/clusters/:key">{(p) => <ClusterPage key={p.key} cluster={p.key} />}</Route>
        <Route path="/partnerships" component={AgreementsPage} />
        <Route path="/partnerships/new" component={AgreementCreatePage} />
        <Route path="/partnerships/:id/edit">{(p) => <AgreementEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/partnerships/:id">{(p) => <AgreementPage key={p.id} id={p.id} />}</Route>
        <Route path="/bulletins" component={BulletinsPage} />
        <Route path="/bulletins/new" component={BulletinCreatePage} />
        <Route path="/bulletins/:id/edit">{(p) => <BulletinEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/alliance" component={AllianceGroupsPage} />
        <Route path="/alliance/:id">{(p) => <AllianceGroupPage key={p.id} id={p.id} />}</Route>
        <Route path="/incubation" component={FacilitiesPage} />
        <Route path="/incubation/bookings" component={BookingsPage} />
        <Route path="/incubation/equipment/:id">{(p) => <EquipmentBookingPage key={p.id} id={p.id} />}</Route>
        <Route path="/incubation/calls" component={CallsPage} />
        <Route path="/incubation/calls/new" component={CallFormPage} />
        <Route path="/incubation/calls/:id">{(p) => <CallPage key={p.id} id={p.id} />}</Route>
        <Route path="/incubation/applications/:id">{(p) => <ApplicationPage key={p.id} id={p.id} />}</Route>
        <Route path="/incubation/reviews" component={ReviewsPage} />
        <Route path="/incubation/leases" component={LeasesPage} />
        <Route path="/incubation/new" component={FacilityCreatePage} />
        <Route path="/incubation/:id/edit">{(p) => <FacilityEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/incubation/:id">{(p) => <FacilityPage key={p.id} id={p.id} />}</Route>
        <Route path="/talent" component={ProgrammesPage} />
        <Route path="/talent/my" component={MyTrainingPage} />
        <Route path="/talent/openings" component={OpeningsPage} />
        <Route path="/talent/openings/new" component={OpeningFormPage} />
        <Route path="/talent/openings/:id/edit">{(p) => <OpeningEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/talent/openings/:id">{(p) => <OpeningPage key={p.id} id={p.id} />}</Route>
        <Route path="/talent/applications" component={MyApplicationsPage} />
        <Route path="/talent/workforce" component={WorkforcePage} />
        <Route path="/talent/programmes/new" component={ProgrammeFormPage} />
        <Route path="/talent/programmes/:id/edit">{(p) => <ProgrammeEditPage key={p.id} id={p.id} />}</Route>
        <Route path="/talent/programmes/:id">{(p) => <ProgrammePage key={p.id} id={p.id} />}</Route>
        <Route path="/desk" component={DeskPage} />
        <Route path="/desk/ask" component={DeskAskPage} />
        <Route path="/desk/flags" component={DeskFlagsPage} />
        <Route path="/desk/figures" component={DeskFiguresPage} />
        <Route path="/desk/search" component={DeskSearchPage} />
        <Route path="/desk/consultations/:id">{(p) => <ConsultationPage key={p.id} id={p.id} />}</Route>
        <Route path="/public" component={PublicHubPage} />
        <Route path="/about" component={PublicHubPage} />
        <Route path="/public/moderation" component={ModerationPage} />
        <Route path="/explainers/new">{() => <ExplainerEditPage />}</Route>
        <Route path="/explainers/:slug/edit">{(p) => <ExplainerEditPage key={p.slug} slug={p.slug} />}</Route>
        <Route path="/explainers/:slug">{(p) => <ExplainerPage key={p.slug} slug={p.slug} />}</Route>
        <Route path="/faq" component={FaqPage} />
        <Route path="/questions" component={QuestionsPage} />
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
        <Route path="/account" component={AccountPage} />
        <Route path="/reset-password" component={ResetPasswordPage} />
        <Route path="/invitation" component={InvitationPage} />
        <Route path="/admin/import" component={ImportPage} />
        <Route path="/admin/accounts" component={AccountsPage} />
        <Route path="/admin/audit" component={AuditPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
