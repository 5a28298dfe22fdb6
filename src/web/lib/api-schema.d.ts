// biome-ignore-all lint: generated code (the OneOf helpers use any)
/**
 * Generated from the server's OpenAPI document by `npm run api:types` (scripts/api-types.ts).
 * Do not make direct changes to the file.
 */

/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = T | U extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only]
  ? Only
  : T extends [infer A, infer B, ...infer Rest]
    ? OneOf<[XOR<A, B>, ...Rest]>
    : never;

export interface paths {
  '/api/health': {
    /** @description Access: anyone. */
    get: operations['getHealth'];
  };
  '/api/config': {
    /**
     * Settings the web app needs from the server configuration
     * @description Access: anyone.
     */
    get: operations['getClientConfig'];
  };
  '/api/auth/login': {
    /** @description Access: anyone. */
    post: operations['login'];
  };
  '/api/auth/logout': {
    /** @description Access: anyone. */
    post: operations['logout'];
  };
  '/api/auth/session': {
    /** @description Access: anyone. */
    get: operations['getSession'];
  };
  '/api/users': {
    /**
     * Accounts (admin)
     * @description Access: admin role.
     */
    get: operations['listUsers'];
    /**
     * Create an account (admin)
     * @description Access: admin role.
     */
    post: operations['createUser'];
  };
  '/api/users/{id}': {
    /**
     * Change an account's name, role or organisation, or disable / re-enable it (admin)
     * @description Disabling ends all of its sessions at once; a disabled account cannot sign in.
     *
     * Access: admin role.
     */
    patch: operations['changeUser'];
  };
  '/api/users/{id}/password-reset': {
    /**
     * Mail the account a one-time link to set a new password (admin)
     * @description Access: admin role.
     */
    post: operations['sendPasswordReset'];
  };
  '/api/users/invitations': {
    /**
     * Invite a person by e-mail: the account is made, and a one-time link lets them set a password (admin)
     * @description Access: admin role.
     */
    post: operations['inviteUser'];
  };
  '/api/users/{id}/invitation': {
    /**
     * Send an invited account a fresh invitation; the earlier link stops working (admin)
     * @description Access: admin role.
     */
    post: operations['resendInvitation'];
  };
  '/api/account/invitation': {
    /**
     * Accept an invitation: set your password with the token from the invitation link
     * @description The link works once and expires. Answers the e-mail to sign in with.
     *
     * Access: anyone.
     */
    post: operations['acceptInvitation'];
  };
  '/api/account/password-reset': {
    /**
     * Set a new password with the token from a reset link
     * @description Ends every session of the account. The link works once and expires.
     *
     * Access: anyone.
     */
    post: operations['resetPassword'];
  };
  '/api/account/password': {
    /**
     * Change your own password
     * @description Needs the current password; ends the account's other sessions.
     *
     * Access: any signed-in account; the record decides the rest.
     */
    put: operations['changeOwnPassword'];
  };
  '/api/account/sessions': {
    /**
     * Your sessions, the current one marked
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listOwnSessions'];
  };
  '/api/account/sessions/{id}': {
    /**
     * End one of your sessions
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['revokeOwnSession'];
  };
  '/api/audit': {
    /**
     * Who changed what and when, newest first, filtered by user, action, record and time (admin)
     * @description Access: admin role.
     */
    get: operations['listAuditEntries'];
  };
  '/api/audit/vocabulary': {
    /**
     * The actions and kinds of record in the log, to filter by (admin)
     * @description Access: admin role.
     */
    get: operations['getAuditVocabulary'];
  };
  '/api/clusters': {
    /** @description Access: anyone. */
    get: operations['listClusters'];
  };
  '/api/technologies': {
    /**
     * The technology taxonomy with organisation counts
     * @description Access: anyone.
     */
    get: operations['listTechnologies'];
  };
  '/api/vocabulary': {
    /**
     * Labels for kinds, roles, application fields, memberships and prefectures in use
     * @description Access: anyone.
     */
    get: operations['getVocabulary'];
  };
  '/api/home': {
    /**
     * The home page for the caller: what needs action (coordinator), the organisation's own needs, seeds, introductions, notices and surveys (member), or the cluster in figures (visitor)
     * @description Access: anyone.
     */
    get: operations['getHome'];
  };
  '/api/organizations': {
    /**
     * Search and filter organisations
     * @description Access: anyone.
     */
    get: operations['listOrganizations'];
    /**
     * Add an organisation (admin)
     * @description Access: admin role.
     */
    post: operations['createOrganization'];
  };
  '/api/organizations/export': {
    /**
     * The filtered directory as CSV or Excel
     * @description Access: anyone.
     */
    get: operations['exportOrganizations'];
  };
  '/api/organizations/facets': {
    /**
     * How many matches each region and prefecture filter would give with the other filters
     * @description Access: anyone.
     */
    get: operations['getOrganizationFacets'];
  };
  '/api/organizations/points': {
    /**
     * Every filtered organisation that has coordinates, in a compact columnar encoding, for a map
     * @description Access: anyone.
     */
    get: operations['listOrganizationPoints'];
  };
  '/api/organizations/lookup': {
    /**
     * Organisations by name (either language, whole or in part), key or id: the accounts page picker (admin)
     * @description Whole matches first. The command line resolves --organization with the same matching.
     *
     * Access: admin role.
     */
    get: operations['lookupOrganizations'];
  };
  '/api/organizations/{id}': {
    /** @description Access: anyone. */
    get: operations['getOrganization'];
    /**
     * Delete an organisation (admin)
     * @description Access: admin role.
     */
    delete: operations['deleteOrganization'];
    /**
     * Change an organisation (admin, or a member for its own)
     * @description Access: any signed-in account; the record decides the rest.
     */
    patch: operations['updateOrganization'];
  };
  '/api/organizations/{id}/activity': {
    /**
     * The organisation as a hub: its open needs and seeds, its relations, and (for its own members and coordinators) its introductions
     * @description Anonymous needs and seeds never appear here: the profile names their owner.
     *
     * Access: anyone.
     */
    get: operations['getOrganizationActivity'];
  };
  '/api/organizations/{id}/contacts': {
    /**
     * Contact persons, with the consent each gave (signed-in users only)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listOrganizationContacts'];
    /**
     * Add a contact person with their consent (the organisation's own members, or a coordinator)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['createOrganizationContact'];
  };
  '/api/organizations/{id}/contacts/{contactId}': {
    /**
     * Remove a contact person (the organisation's own members, or a coordinator)
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['deleteOrganizationContact'];
    /**
     * Change a contact person (the organisation's own members, or a coordinator)
     * @description Access: any signed-in account; the record decides the rest.
     */
    patch: operations['updateOrganizationContact'];
  };
  '/api/import': {
    /**
     * Import a data bundle (admin): all-or-nothing, idempotent by key
     * @description Access: admin role.
     */
    post: operations['importBundle'];
  };
  '/api/import/jobs/{id}': {
    /** @description Access: admin role. */
    get: operations['getImportJob'];
  };
  '/api/export': {
    /**
     * Export the data bundle (everything for an admin, published profiles otherwise)
     * @description Access: anyone.
     */
    get: operations['exportBundle'];
  };
  '/api/industry-map/heatmap': {
    /**
     * Technology × region: distinct organisations per code (a parent covers its children) and region
     * @description Access: anyone.
     */
    get: operations['getIndustryHeatmap'];
  };
  '/api/industry-map/organizations': {
    /**
     * The organisations behind a figure (a heat-map cell: technology + region), in name order
     * @description Access: anyone.
     */
    get: operations['listIndustryMapOrganizations'];
  };
  '/api/industry-map/supply-chain': {
    /**
     * Organisations with a capability, by supply-chain role (developer → … → public)
     * @description Access: anyone.
     */
    get: operations['getSupplyChain'];
  };
  '/api/industry-map/network': {
    /**
     * Organisations linked by relations and memberships, for a force-directed graph
     * @description Access: anyone.
     */
    get: operations['getRelationNetwork'];
  };
  '/api/industry-map/gaps': {
    /**
     * Demand against national and local supply per technology; demand without local supply first
     * @description Access: anyone.
     */
    get: operations['getSupplyGaps'];
  };
  '/api/industry-map/shortlist': {
    /**
     * Capable organisations for chosen technologies, ranked and explained, local ones first on ties
     * @description Access: anyone.
     */
    get: operations['getSupplierShortlist'];
  };
  '/api/industry-map/shortlist.xlsx': {
    /**
     * The same shortlist as an Excel workbook
     * @description Access: anyone.
     */
    get: operations['exportSupplierShortlist'];
  };
  '/api/siting/evaluate': {
    /**
     * Rank alternatives by WSM, WPM, TOPSIS or PROMETHEE II (a calculator: no sign-in needed)
     * @description Access: anyone.
     */
    post: operations['evaluateSites'];
  };
  '/api/siting/ahp': {
    /**
     * Weights from pairwise judgements, with Saaty's consistency ratio
     * @description Access: anyone.
     */
    post: operations['weighCriteriaByAhp'];
  };
  '/api/sites': {
    /**
     * Candidate sites with their attributes and sources (public)
     * @description Access: anyone.
     */
    get: operations['listSites'];
    /**
     * Add a site (admin)
     * @description Access: admin role.
     */
    post: operations['createSite'];
  };
  '/api/sites/{id}': {
    /** @description Access: anyone. */
    get: operations['getSite'];
    /**
     * Replace a site (admin)
     * @description Access: admin role.
     */
    put: operations['replaceSite'];
    /**
     * Delete a site (admin)
     * @description Access: admin role.
     */
    delete: operations['deleteSite'];
  };
  '/api/siting/profiles': {
    /**
     * All siting profiles
     * @description Access: anyone.
     */
    get: operations['listSitingprofiles'];
    /**
     * Add a siting profile (admin)
     * @description Access: admin role.
     */
    post: operations['createSitingprofile'];
  };
  '/api/siting/profiles/{id}': {
    /** @description Access: anyone. */
    get: operations['getSitingprofile'];
    /**
     * Replace a siting profile (admin)
     * @description Access: admin role.
     */
    put: operations['replaceSitingprofile'];
    /**
     * Delete a siting profile (admin)
     * @description Access: admin role.
     */
    delete: operations['deleteSitingprofile'];
  };
  '/api/siting/studies': {
    /**
     * Your studies and the shared ones, newest first (an admin's: all)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listSitingStudies'];
    /**
     * Run and keep a study of stored sites against a profile (signed in)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['createSitingStudy'];
  };
  '/api/siting/studies/{id}': {
    /** @description Access: any signed-in account; the record decides the rest. */
    get: operations['getSitingStudy'];
    /**
     * Delete a study (its author or an admin)
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['deleteSitingStudy'];
    /**
     * Share a study with every signed-in user, or stop sharing it (its author or an admin)
     * @description Access: any signed-in account; the record decides the rest.
     */
    patch: operations['shareSitingStudy'];
  };
  '/api/siting/studies/{id}/report.xlsx': {
    /**
     * The study as a workbook: summary, ranking, exclusions, sensitivity, acceptability, sources
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getSitingStudyReport'];
  };
  '/api/siting/studies/{id}/copy': {
    /**
     * Copy a study you can read into a new one of yours (not shared)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['copySitingStudy'];
  };
  '/api/surveys': {
    /**
     * Surveys with their response counts (admin); the coordinator's own unless another origin is asked for
     * @description Access: admin role.
     */
    get: operations['listSurveys'];
    /**
     * Create a questionnaire (admin)
     * @description Access: admin role.
     */
    post: operations['createSurvey'];
  };
  '/api/survey-templates': {
    /**
     * Questionnaires the platform ships (admin)
     * @description Access: admin role.
     */
    get: operations['listSurveyTemplates'];
  };
  '/api/survey-invitees': {
    /**
     * Who a population would invite, and how many accounts each invitation mail reaches (admin)
     * @description Access: admin role.
     */
    post: operations['previewSurveyInvitees'];
  };
  '/api/surveys/{id}': {
    /** @description Access: admin role. */
    get: operations['getSurvey'];
    /**
     * Change a questionnaire; a change that would break stored answers is a 409 naming the question
     * @description Access: admin role.
     */
    put: operations['replaceSurvey'];
  };
  '/api/surveys/{id}/open': {
    /**
     * Open and invite the population: one personal link per organisation, mailed to its accounts
     * @description Access: admin role.
     */
    post: operations['openSurvey'];
  };
  '/api/surveys/{id}/close': {
    /** @description Access: admin role. */
    post: operations['closeSurvey'];
  };
  '/api/surveys/{id}/progress': {
    /**
     * Response rate, by kind, over time, and who has not answered
     * @description Access: admin role.
     */
    get: operations['getSurveyProgress'];
  };
  '/api/surveys/{id}/remind': {
    /**
     * Remind everyone who has not submitted (mail to their member accounts)
     * @description Access: admin role.
     */
    post: operations['remindSurvey'];
  };
  '/api/surveys/{id}/invitations/{invitationId}/link': {
    /**
     * A new personal link; the old one stops working
     * @description Access: admin role.
     */
    post: operations['reissueSurveyLink'];
  };
  '/api/surveys/{id}/results': {
    /**
     * Per-question counts and shares with the base stated
     * @description Access: admin role.
     */
    get: operations['getSurveyResults'];
  };
  '/api/surveys/{id}/crosstab': {
    /**
     * Cross-tab by a choice question; anonymous surveys withhold small cells
     * @description Access: admin role.
     */
    get: operations['getSurveyCrossTab'];
  };
  '/api/surveys/{id}/responses': {
    /**
     * Who answered what (named surveys only)
     * @description Access: admin role.
     */
    get: operations['listSurveyResponses'];
  };
  '/api/surveys/{id}/weights': {
    /**
     * Siting weights from an importance matrix, per group
     * @description Access: admin role.
     */
    get: operations['getSurveyWeights'];
  };
  '/api/surveys/{id}/siting-profile': {
    /**
     * Keep a group’s survey-derived weights as a siting profile
     * @description Access: admin role.
     */
    post: operations['createProfileFromSurvey'];
  };
  '/api/surveys/{id}/export.csv': {
    /** @description Access: admin role. */
    get: operations['exportSurveyCsv'];
  };
  '/api/surveys/{id}/export.xlsx': {
    /** @description Access: admin role. */
    get: operations['exportSurveyXlsx'];
  };
  '/api/surveys/{id}/links': {
    /**
     * Every invitation’s personal link (admin)
     * @description Access: admin role.
     */
    get: operations['listSurveyLinks'];
  };
  '/api/my-surveys': {
    /**
     * Open surveys your organisation is asked to answer, with its link
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listMySurveys'];
  };
  '/api/survey-links/{token}': {
    /**
     * The questionnaire and this organisation’s saved answers (the link is the credential)
     * @description Access: anyone.
     */
    get: operations['openSurveyLink'];
  };
  '/api/survey-links/{token}/draft': {
    /**
     * Save answers as typed; required questions may be empty
     * @description Access: anyone.
     */
    put: operations['saveSurveyDraft'];
  };
  '/api/survey-links/{token}/submit': {
    /**
     * Submit; editable by submitting again until the survey closes
     * @description Access: anyone.
     */
    post: operations['submitSurvey'];
  };
  '/api/needs': {
    /**
     * Needs you may see; anonymous owners withheld
     * @description Access: anyone.
     */
    get: operations['listNeeds'];
    /**
     * Post a need (members for their organisation, admins for any)
     * @description Access: admin or member role.
     */
    post: operations['createNeed'];
  };
  '/api/needs/{id}': {
    /** @description Access: anyone. */
    get: operations['getNeed'];
    /** @description Access: admin or member role. */
    delete: operations['deleteNeed'];
    /** @description Access: admin or member role. */
    patch: operations['updateNeed'];
  };
  '/api/needs/{id}/renew': {
    /**
     * Extend the expiry by the configured period from now
     * @description Access: admin or member role.
     */
    post: operations['renewNeed'];
  };
  '/api/needs/{id}/matches': {
    /**
     * Organisations and seeds that could meet this need, best first, each with its signals
     * @description Access: anyone.
     */
    get: operations['matchNeed'];
  };
  '/api/seeds': {
    /**
     * Seeds you may see; anonymous owners withheld
     * @description Access: anyone.
     */
    get: operations['listSeeds'];
    /**
     * Post a seed (members for their organisation, admins for any)
     * @description Access: admin or member role.
     */
    post: operations['createSeed'];
  };
  '/api/seeds/{id}': {
    /** @description Access: anyone. */
    get: operations['getSeed'];
    /** @description Access: admin or member role. */
    delete: operations['deleteSeed'];
    /** @description Access: admin or member role. */
    patch: operations['updateSeed'];
  };
  '/api/seeds/{id}/renew': {
    /**
     * Extend the expiry by the configured period from now
     * @description Access: admin or member role.
     */
    post: operations['renewSeed'];
  };
  '/api/seeds/{id}/matches': {
    /**
     * Needs this seed could meet, best first, each with its signals
     * @description Access: anyone.
     */
    get: operations['matchSeed'];
  };
  '/api/introductions': {
    /**
     * Your organisation's introductions (all of them for a coordinator), latest change first
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listIntroductions'];
    /**
     * Ask for an introduction to a match, from one of your needs or seeds
     * @description Access: admin or member role.
     */
    post: operations['requestIntroduction'];
  };
  '/api/introductions/board': {
    /**
     * The coordinator's board: by state, age and technology; stalled ones; conversion by month
     * @description Access: admin role.
     */
    get: operations['getIntroductionBoard'];
  };
  '/api/introductions/{id}': {
    /** @description Access: any signed-in account; the record decides the rest. */
    get: operations['getIntroduction'];
  };
  '/api/introductions/{id}/transition': {
    /**
     * Move to the next state; a move outside the workflow is 409, declining needs a reason, closing an outcome
     * @description Access: admin or member role.
     */
    post: operations['transitionIntroduction'];
  };
  '/api/introductions/{id}/tasks': {
    /** @description Access: admin or member role. */
    post: operations['addIntroductionTask'];
  };
  '/api/introduction-tasks/{id}': {
    /** @description Access: admin or member role. */
    patch: operations['updateIntroductionTask'];
  };
  '/api/notifications': {
    /**
     * Your notifications, latest first, with the unread count
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listNotifications'];
  };
  '/api/notifications/{id}/read': {
    /** @description Access: any signed-in account; the record decides the rest. */
    post: operations['markNotificationRead'];
  };
  '/api/outbox': {
    /**
     * Mail kept locally (no SMTP configured) or that failed to send (admin)
     * @description Access: admin role.
     */
    get: operations['listOutbox'];
  };
  '/api/matching/sweep': {
    /**
     * Expire unanswered requests and send reminders now (the server also does it hourly; admin)
     * @description Access: admin role.
     */
    post: operations['sweepMatching'];
  };
  '/api/facilities': {
    /**
     * Facilities with units matching a spec, equipment counts and map points
     * @description Access: anyone.
     */
    get: operations['listFacilities'];
    /**
     * Add a facility (admin, or a member for its own organisation)
     * @description Access: admin or member role.
     */
    post: operations['createFacility'];
  };
  '/api/facilities/{id}': {
    /**
     * A facility with its units and shared equipment
     * @description Access: anyone.
     */
    get: operations['getFacility'];
    /**
     * Delete a facility with its units and equipment (admin, or a member of the owner)
     * @description Access: admin or member role.
     */
    delete: operations['deleteFacility'];
    /**
     * Change a facility (admin, or a member of the owner)
     * @description Access: admin or member role.
     */
    patch: operations['updateFacility'];
  };
  '/api/facilities/{id}/units': {
    /**
     * Add a unit to a facility
     * @description Access: admin or member role.
     */
    post: operations['addFacilityUnit'];
  };
  '/api/facility-units/{id}': {
    /** @description Access: anyone. */
    get: operations['getFacilityUnit'];
    /** @description Access: admin or member role. */
    delete: operations['deleteFacilityUnit'];
    /**
     * Change a unit (its status too, until leases exist)
     * @description Access: admin or member role.
     */
    patch: operations['updateFacilityUnit'];
  };
  '/api/equipment': {
    /**
     * Shared equipment of published facilities, by capability and booking unit
     * @description Access: anyone.
     */
    get: operations['listEquipment'];
  };
  '/api/facilities/{id}/equipment': {
    /**
     * Add shared equipment to a facility
     * @description Access: admin or member role.
     */
    post: operations['addEquipment'];
  };
  '/api/equipment/{id}': {
    /** @description Access: anyone. */
    get: operations['getEquipment'];
    /** @description Access: admin or member role. */
    delete: operations['deleteEquipment'];
    /** @description Access: admin or member role. */
    patch: operations['updateEquipment'];
  };
  '/api/equipment/{id}/bookings': {
    /**
     * Busy slots of an equipment item in a month (Japan time); who booked only for its owner
     * @description Access: anyone.
     */
    get: operations['equipmentAvailability'];
    /**
     * Book a slot of shared equipment for the caller's organisation
     * @description Confirmed at once, or `requested` where the equipment needs approval. A slot overlapping a confirmed booking is a 409 (the database refuses it); over the organisation’s quota, a 409 naming `quota`.
     *
     * Access: member role.
     */
    post: operations['createBooking'];
  };
  '/api/bookings': {
    /**
     * The caller's organisation's bookings
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listMyBookings'];
  };
  '/api/booking-requests': {
    /**
     * Bookings of the equipment the caller owns; by default those awaiting approval
     * @description Access: admin or member role.
     */
    get: operations['listBookingRequests'];
  };
  '/api/bookings/{id}': {
    /**
     * A booking: the booker's organisation and the equipment's owner see it
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getBooking'];
  };
  '/api/bookings/{id}/calendar.ics': {
    /**
     * A booking as an iCalendar event
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['bookingCalendar'];
  };
  '/api/bookings/{id}/approve': {
    /**
     * Approve a requested booking (the equipment’s owner or an admin); 409 if the slot was taken
     * @description Access: admin or member role.
     */
    post: operations['approveBooking'];
  };
  '/api/bookings/{id}/decline': {
    /**
     * Decline a requested booking with a reason
     * @description Access: admin or member role.
     */
    post: operations['declineBooking'];
  };
  '/api/bookings/{id}/cancel': {
    /**
     * Cancel a booking (its organisation, until the cut-off before the slot)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['cancelBooking'];
  };
  '/api/booking-usage': {
    /**
     * Confirmed use and fees per organisation and equipment in a month
     * @description An admin sees all; a member its own bookings and others' use of equipment it owns.
     *
     * Access: admin or member role.
     */
    get: operations['bookingUsage'];
  };
  '/api/booking-usage/export.xlsx': {
    /**
     * The usage log of a month as a spreadsheet
     * @description Access: admin or member role.
     */
    get: operations['bookingUsageXlsx'];
  };
  '/api/equipment/{id}/booking-quotas': {
    /**
     * Quotas on the equipment: all for its owner, the own organisation’s for a member
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listBookingQuotas'];
    /**
     * Grant an organisation hours of the equipment for a period (its owner or an admin)
     * @description Access: admin or member role.
     */
    post: operations['grantBookingQuota'];
  };
  '/api/equipment/{id}/booking-settings': {
    /** @description Access: anyone. */
    get: operations['getBookingSettings'];
    /**
     * Set the cancellation cut-off (hours before the slot) of the equipment
     * @description Access: admin or member role.
     */
    put: operations['setBookingSettings'];
  };
  '/api/calendar-feed': {
    /**
     * Whether the caller has a calendar feed URL
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['calendarFeedState'];
    /**
     * A new secret URL for the caller's bookings calendar; the old one stops working
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['regenerateCalendarFeed'];
    /**
     * Revoke the caller's calendar feed URL
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['revokeCalendarFeed'];
  };
  '/api/calendar-feeds/{token}/bookings.ics': {
    /**
     * A member's bookings as an iCalendar feed; the secret in the URL is the only credential
     * @description Access: anyone.
     */
    get: operations['calendarFeed'];
  };
  '/api/incubation-calls': {
    /**
     * Public calls for tenancy and joint use, with the caller's own application to each
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listIncubationCalls'];
    /**
     * Open a call: window, eligibility, offer, form, rubric (the office)
     * @description Access: admin role.
     */
    post: operations['createIncubationCall'];
  };
  '/api/incubation-calls/{id}': {
    /** @description Access: any signed-in account; the record decides the rest. */
    get: operations['getIncubationCall'];
    /**
     * Change a call, or release its scores to applicants (the office)
     * @description Access: admin role.
     */
    patch: operations['updateIncubationCall'];
  };
  '/api/incubation-calls/{id}/panel': {
    /**
     * The panel sheet: each applicant's weighted score, the reviewers' spread, the ranking
     * @description Access: admin role.
     */
    get: operations['getIncubationPanel'];
  };
  '/api/incubation-reviewers': {
    /**
     * Active reviewer accounts, to assign
     * @description Access: admin role.
     */
    get: operations['listIncubationReviewers'];
  };
  '/api/incubation-calls/{id}/applications': {
    /**
     * Start a draft for one's organisation (or, the office, enter a paper application)
     * @description Access: admin or member role.
     */
    post: operations['createIncubationApplication'];
  };
  '/api/incubation-applications': {
    /**
     * Members: their organisation's applications; reviewers: those assigned to them; the office: all
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listIncubationApplications'];
  };
  '/api/incubation-applications/{id}': {
    /**
     * An application, to its applicant, its assigned reviewers and the office (404 to anyone else)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getIncubationApplication'];
    /**
     * Save a draft
     * @description Access: admin or member role.
     */
    patch: operations['updateIncubationApplication'];
  };
  '/api/incubation-applications/{id}/submit': {
    /**
     * Submit, once, before the deadline (a late submission is refused naming the deadline)
     * @description Access: admin or member role.
     */
    post: operations['submitIncubationApplication'];
  };
  '/api/incubation-applications/{id}/reviewers': {
    /**
     * Assign a reviewer account to an application
     * @description Access: admin role.
     */
    post: operations['assignIncubationReviewer'];
  };
  '/api/incubation-applications/{id}/conflict': {
    /**
     * Declare a conflict of interest: the reviewer is unassigned and no longer sees the file
     * @description Access: reviewer role.
     */
    post: operations['declareIncubationConflict'];
  };
  '/api/incubation-applications/{id}/review': {
    /**
     * Score criteria 1–5 with a comment (the assigned reviewer)
     * @description Access: reviewer role.
     */
    put: operations['scoreIncubationApplication'];
  };
  '/api/incubation-applications/{id}/decision': {
    /**
     * Record the decision (admitted, waitlisted, rejected) with a reason
     * @description Access: admin role.
     */
    post: operations['decideIncubationApplication'];
  };
  '/api/facility-leases': {
    /**
     * Leases you may see: your organisation's as tenant, and your facilities' as office (all for an admin)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listFacilityLeases'];
    /**
     * Offer a lease of a unit to an organisation (the facility's office)
     * @description Access: admin or member role.
     */
    post: operations['offerFacilityLease'];
  };
  '/api/facility-leases/{id}': {
    /**
     * A lease, to its tenant and its office only
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getFacilityLease'];
  };
  '/api/facility-leases/{id}/renew': {
    /**
     * Offer the tenant a renewal from the day after the lease ends, within the facility's maximum term
     * @description Access: admin or member role.
     */
    post: operations['renewFacilityLease'];
  };
  '/api/facility-leases/{id}/accept': {
    /**
     * The tenant accepts the offer: the lease becomes active
     * @description Access: admin or member role.
     */
    post: operations['acceptFacilityLease'];
  };
  '/api/facility-leases/{id}/notice': {
    /**
     * Tenant or office gives notice: the lease is ending
     * @description Access: admin or member role.
     */
    post: operations['noticeFacilityLease'];
  };
  '/api/facility-leases/{id}/end': {
    /**
     * The office ends the lease
     * @description Access: admin or member role.
     */
    post: operations['endFacilityLease'];
  };
  '/api/facilities/{id}/waitlist': {
    /**
     * Waiting-list lengths per kind of unit; the ordered list for the office
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getFacilityWaitlist'];
    /**
     * Your organisation joins the waiting list for a kind of unit
     * @description Access: member role.
     */
    post: operations['joinFacilityWaitlist'];
  };
  '/api/facilities/{id}/waitlist/{kind}': {
    /**
     * Your organisation leaves the waiting list for a kind of unit
     * @description Access: member role.
     */
    delete: operations['leaveFacilityWaitlist'];
  };
  '/api/facility-occupancy': {
    /**
     * Leased m² ÷ leasable m² per month, per facility and in total, and waiting-list lengths
     * @description Access: anyone.
     */
    get: operations['getFacilityOccupancy'];
  };
  '/api/facilities/{id}/unit-states': {
    /**
     * Each unit's state today (free, offered, leased, ending) for the floor plan
     * @description Access: anyone.
     */
    get: operations['getFacilityUnitStates'];
  };
  '/api/facility-leases/{id}/graduation': {
    /**
     * Record where an ending tenant went, with jobs and investment at exit (the office)
     * @description Access: admin or member role.
     */
    post: operations['recordLeaseGraduation'];
  };
  '/api/lease-graduations': {
    /**
     * Graduations you may see, with this year's follow-up report due and whether it is missing
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listLeaseGraduations'];
  };
  '/api/lease-graduations/{id}/reports': {
    /**
     * The graduated company files its yearly follow-up report
     * @description Access: admin or member role.
     */
    post: operations['submitGraduationReport'];
  };
  '/api/facility-units/{id}/files': {
    /**
     * A unit's photos and floor plan (metadata; each has the URL of the file itself)
     * @description Access: anyone.
     */
    get: operations['listUnitFiles'];
    /**
     * Upload a photo or the floor plan of a unit (the body is the file; admin, or a member of the owner)
     * @description The body is the file itself, at most 5242880 bytes: JPEG, PNG or WebP for a photo, those or PDF for a floor plan. Its type is read from its first bytes; a Content-Type that contradicts them is refused. A unit has at most 12 photos; a new floor plan replaces the old one.
     *
     * Access: admin or member role.
     */
    post: operations['uploadUnitFile'];
  };
  '/api/unit-files/{id}': {
    /**
     * The file itself, for whoever may see its unit
     * @description Access: anyone.
     */
    get: operations['getUnitFile'];
    /**
     * Delete a photo or floor plan (admin, or a member of the owner)
     * @description Access: admin or member role.
     */
    delete: operations['deleteUnitFile'];
  };
  '/api/events': {
    /**
     * Events you may see, upcoming first (public ones to everyone; invited ones only to the invited)
     * @description Access: anyone.
     */
    get: operations['listEvents'];
    /**
     * Create an event organised by your organisation (an admin: by any organisation)
     * @description Access: admin or member role.
     */
    post: operations['createEvent'];
  };
  '/api/events/{id}': {
    /**
     * An event, with your registration if you have one; an invited event is a 404 to the uninvited
     * @description Access: anyone.
     */
    get: operations['getEvent'];
    /**
     * Edit an event (organiser and admins; If-Match); more places promote the waiting list in order
     * @description Access: admin or member role.
     */
    patch: operations['updateEvent'];
  };
  '/api/events/{id}/registrations': {
    /**
     * Registrations and the waiting list in arrival order, attendance and no-shows (organiser, admins)
     * @description Access: admin or member role.
     */
    get: operations['listEventRegistrations'];
    /**
     * Register: a place while there is one, otherwise the waiting list (visitors without an account cannot)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['registerForEvent'];
  };
  '/api/events/{id}/check-ins': {
    /**
     * Check a person in by the short code or the QR code; each code works once, at its own event only
     * @description Access: admin or member role.
     */
    post: operations['checkInToEvent'];
  };
  '/api/event-registrations': {
    /**
     * Your registrations with their check-in codes
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listMyEventRegistrations'];
  };
  '/api/event-registrations/{id}/cancel': {
    /**
     * Cancel your registration until the event's cut-off; the first waiting person gets the place
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['cancelEventRegistration'];
  };
  '/api/event-registrations/{id}/qr.svg': {
    /**
     * The check-in QR code of your confirmed registration
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getEventRegistrationQr'];
  };
  '/api/event-registrations/{id}/calendar.ics': {
    /**
     * Your registration as an iCalendar file
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getEventRegistrationIcs'];
  };
  '/api/calendar-feeds/{token}/events.ics': {
    /**
     * An account's event registrations and placed brokerage meetings as an iCalendar feed; the same secret URL as its bookings feed (POST /calendar-feed)
     * @description Access: anyone.
     */
    get: operations['getEventsCalendarFeed'];
  };
  '/api/events/{id}/brokerage': {
    /**
     * A brokerage event's slots; to participants and the organiser also offers, seeks, meetings, agenda
     * @description Access: anyone.
     */
    get: operations['getBrokerage'];
    /**
     * Set the slot length and table count (organiser); slots are generated from the start and end
     * @description Access: admin or member role.
     */
    put: operations['configureBrokerage'];
  };
  '/api/events/{id}/brokerage/profile': {
    /**
     * Your offers, seeks and unavailable slots at this event (confirmed participants)
     * @description Access: any signed-in account; the record decides the rest.
     */
    put: operations['saveBrokerageProfile'];
  };
  '/api/events/{id}/brokerage/suggestions': {
    /**
     * Whom to meet: other organisations ranked by shared technology codes, with the reason
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['brokerageSuggestions'];
  };
  '/api/events/{id}/meetings': {
    /**
     * Ask another organisation’s participant for a meeting; one open request per pair (409)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['requestBrokerageMeeting'];
  };
  '/api/events/{id}/brokerage/schedule': {
    /**
     * Schedule accepted meetings into slots and tables, replacing the previous run (organiser)
     * @description Access: admin or member role.
     */
    post: operations['scheduleBrokerageMeetings'];
  };
  '/api/brokerage-meetings/{id}/answer': {
    /**
     * Accept or decline a meeting request made to you
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['answerBrokerageMeeting'];
  };
  '/api/brokerage-meetings/{id}/held': {
    /**
     * Record that an accepted meeting took place (organiser)
     * @description Access: admin or member role.
     */
    post: operations['markBrokerageMeetingHeld'];
  };
  '/api/events/{id}/tour-slots': {
    /**
     * An open factory's tour slots, each with its places (organiser, admins); fixed once anyone has registered
     * @description Access: admin or member role.
     */
    put: operations['setEventTourSlots'];
  };
  '/api/events/{id}/outcomes': {
    /**
     * After the event: attendance, the feedback summary, and introductions attendees requested within 30 days (organiser, admins)
     * @description Access: admin or member role.
     */
    get: operations['getEventOutcomes'];
  };
  '/api/events/{id}/feedback': {
    /**
     * The feedback form, whether you may answer it, and your answers
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getEventFeedback'];
    /**
     * Answer the feedback survey if you were checked in, once it is open; submitting again replaces your answers while it is open
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['giveEventFeedback'];
  };
  '/api/events/{id}/feedback-survey': {
    /**
     * Open the attendees' feedback survey now, once the event has started (organiser, admins); otherwise it opens when the event ends
     * @description Access: admin or member role.
     */
    post: operations['openEventFeedbackSurvey'];
  };
  '/api/event-figures': {
    /**
     * The coordinator's figures by month: events by kind, registrations, attendance rate, companies reached and newly reached
     * @description Access: admin role.
     */
    get: operations['getEventFigures'];
  };
  '/api/skills': {
    /**
     * The skills taxonomy (programmes' fields), per cluster
     * @description Access: anyone.
     */
    get: operations['listSkills'];
  };
  '/api/training-programmes': {
    /**
     * Training programmes with their cohorts, places taken and waiting-list lengths
     * @description Access: anyone.
     */
    get: operations['listTrainingProgrammes'];
    /**
     * Offer a programme (the provider's members, or an admin)
     * @description Access: admin or member role.
     */
    post: operations['createTrainingProgramme'];
  };
  '/api/training-programmes/{id}': {
    /**
     * A training programme with its cohorts
     * @description Access: anyone.
     */
    get: operations['getTrainingProgramme'];
    /**
     * Edit a programme (the provider's members, or an admin); If-Match the version read
     * @description Access: admin or member role.
     */
    patch: operations['patchTrainingProgramme'];
  };
  '/api/training-programmes/{id}/cohorts': {
    /**
     * Open a cohort with a start date and a capacity (the programme's default unless given)
     * @description Access: admin or member role.
     */
    post: operations['addTrainingCohort'];
  };
  '/api/training-cohorts/{id}/enrolments': {
    /**
     * Ask for a place: enrolled while places are free, otherwise on the waiting list in order
     * @description Access: person role.
     */
    post: operations['enrolInTrainingCohort'];
  };
  '/api/training-enrolments': {
    /**
     * Enrolments you may see: your own (trainee), those you sponsor (employer), your programmes' (provider)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listTrainingEnrolments'];
  };
  '/api/training-enrolments/{id}': {
    /**
     * An enrolment with its plan, reviews and hours, to its parties only
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getTrainingEnrolment'];
  };
  '/api/training-enrolments/{id}/withdraw': {
    /**
     * Withdraw with a reason; a freed place goes to the first on the waiting list
     * @description Access: person or member or admin role.
     */
    post: operations['withdrawTrainingEnrolment'];
  };
  '/api/training-enrolments/{id}/sponsorship': {
    /**
     * The named employer confirms it sponsors the trainee
     * @description Access: member role.
     */
    post: operations['confirmTrainingSponsorship'];
  };
  '/api/training-enrolments/{id}/plan-signatures': {
    /**
     * Sign the training plan as the party you are (trainee, employer, provider)
     * @description Access: person or member role.
     */
    post: operations['signTrainingPlan'];
  };
  '/api/training-enrolments/{id}/reviews': {
    /**
     * Record a progress review with its red/amber/green status (the provider)
     * @description Access: member or admin role.
     */
    post: operations['addTrainingReview'];
  };
  '/api/training-enrolments/{id}/hours': {
    /**
     * Log off-the-job training hours (the trainee or the provider)
     * @description Access: person or member or admin role.
     */
    post: operations['logTrainingHours'];
  };
  '/api/training-enrolments/{id}/completion': {
    /**
     * Record completion with the qualification gained (the provider)
     * @description Access: member or admin role.
     */
    post: operations['completeTrainingEnrolment'];
  };
  '/api/my-training/data': {
    /**
     * Everything the platform holds on your training, as a JSON download
     * @description Access: person role.
     */
    get: operations['downloadMyTrainingData'];
  };
  '/api/my-training/erasure': {
    /**
     * Erase your name, email and notes from your enrolments; they stay in counts, anonymised
     * @description Access: person role.
     */
    post: operations['eraseMyTrainingData'];
  };
  '/api/job-openings': {
    /**
     * Member companies' job openings: skills, level, place and start
     * @description Access: anyone.
     */
    get: operations['listJobOpenings'];
    /**
     * Post an opening (the company's members, or an admin)
     * @description Access: admin or member role.
     */
    post: operations['createJobOpening'];
  };
  '/api/job-openings/{id}': {
    /**
     * A job opening
     * @description Access: anyone.
     */
    get: operations['getJobOpening'];
    /**
     * Edit or close an opening (the company's members, or an admin); If-Match the version read
     * @description Access: admin or member role.
     */
    patch: operations['patchJobOpening'];
  };
  '/api/job-openings/{id}/candidates': {
    /**
     * Trainees and graduates who opted in to be seen by employers and fit the opening, with each signal’s share
     * @description Access: admin or member role.
     */
    get: operations['listJobOpeningCandidates'];
  };
  '/api/my-training/profile': {
    /**
     * Whether you are visible to employers as a candidate, and where you are
     * @description Access: person role.
     */
    get: operations['getMyTalentProfile'];
    /**
     * Opt in (or out) of being shown to employers, with your prefecture and municipality
     * @description Access: person role.
     */
    put: operations['putMyTalentProfile'];
  };
  '/api/job-openings/{id}/applications': {
    /**
     * Apply to an open opening (trainees and graduates of a programme), once
     * @description Access: person role.
     */
    post: operations['applyToJobOpening'];
  };
  '/api/job-applications': {
    /**
     * Applications you may see: your own (applicant), to your company's openings (employer)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listJobApplications'];
  };
  '/api/job-applications/{id}': {
    /**
     * An application with its placement, to the applicant and the hiring company only
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getJobApplication'];
  };
  '/api/job-applications/{id}/stage': {
    /**
     * Move an application: applied → interview → offer → hired, or declined with a reason
     * @description Access: member or admin role.
     */
    post: operations['moveJobApplicationStage'];
  };
  '/api/placements/{id}/retention': {
    /**
     * The employer confirms the person is retained (or left) at 6 or 12 months
     * @description Access: member or admin role.
     */
    post: operations['confirmPlacementRetention'];
  };
  '/api/talent/workforce': {
    /**
     * Workforce demand against supply by skill and year, the skills shortest first, with the ids behind each figure
     * @description Access: admin or member or agency role.
     */
    get: operations['getWorkforceGap'];
  };
  '/api/talent/staffing/{profile}': {
    /**
     * A siting profile's staffing table (people in post by skill, level and year from construction)
     * @description Access: admin or member or agency role.
     */
    get: operations['getFacilityStaffing'];
    /**
     * Replace a siting profile's staffing table; every row states its basis
     * @description Access: admin role.
     */
    put: operations['putFacilityStaffing'];
  };
  '/api/talent/planned-facilities': {
    /**
     * Plan a facility on a candidate site: a siting profile and the year construction starts
     * @description Access: admin role.
     */
    post: operations['addPlannedFacility'];
  };
  '/api/talent/planned-facilities/{id}': {
    /**
     * Drop a planned facility
     * @description Access: admin role.
     */
    delete: operations['removePlannedFacility'];
  };
  '/api/talent/hiring-plans': {
    /**
     * State an incubation tenant's hiring plan (its members, or an admin)
     * @description Access: admin or member role.
     */
    post: operations['addHiringPlan'];
  };
  '/api/desk/topics': {
    /**
     * Consultation topics with their response targets in Japanese working days
     * @description Access: anyone.
     */
    get: operations['listDeskTopics'];
  };
  '/api/desk/topics/{code}/targets': {
    /**
     * Set a topic's first-answer and close targets (working days)
     * @description Access: admin role.
     */
    put: operations['setDeskTopicTargets'];
  };
  '/api/desk/public-consultations': {
    /**
     * Open a consultation without an account (rate-limited per client)
     * @description The answer says only that it was received: nothing of the stored case comes back.
     *
     * Access: anyone.
     */
    post: operations['submitPublicConsultation'];
  };
  '/api/desk/consultations': {
    /**
     * Coordinators: the queue; members: their organisation's; partners: those referred to them
     * @description Access: admin or member or agency role.
     */
    get: operations['listConsultations'];
    /**
     * Staff record one taken by phone or at a visit; a member opens one for its organisation
     * @description Access: admin or member role.
     */
    post: operations['createConsultation'];
  };
  '/api/desk/consultations/{id}': {
    /**
     * A consultation with its referrals and timeline (404 to whoever may not see it)
     * @description Access: admin or member or agency role.
     */
    get: operations['getConsultation'];
  };
  '/api/desk/consultations/{id}/triage': {
    /**
     * Owner, priority and targets
     * @description Access: admin role.
     */
    post: operations['triageConsultation'];
  };
  '/api/desk/consultations/{id}/referrals': {
    /**
     * Refer to partner organisations
     * @description Access: admin role.
     */
    post: operations['referConsultation'];
  };
  '/api/desk/consultations/{id}/notes': {
    /**
     * Add a note or an answer
     * @description Access: admin or member or agency role.
     */
    post: operations['addConsultationNote'];
  };
  '/api/desk/consultations/{id}/close': {
    /**
     * Close with a follow-up date
     * @description Access: admin role.
     */
    post: operations['closeConsultation'];
  };
  '/api/desk/consultations/{id}/reopen': {
    /**
     * Reopen; the history stays
     * @description Access: admin role.
     */
    post: operations['reopenConsultation'];
  };
  '/api/desk/referrals/{id}/accept': {
    /**
     * The partner takes the case
     * @description Access: agency role.
     */
    post: operations['acceptReferral'];
  };
  '/api/desk/referrals/{id}/return': {
    /**
     * The partner hands it back, with a reason
     * @description Access: agency role.
     */
    post: operations['returnReferral'];
  };
  '/api/desk/consultations/{id}/aftercare': {
    /**
     * Each close of the case: follow-up date, reminder, satisfaction link and answer
     * @description A reopened case keeps its earlier rounds (endedAt set). 404 to whoever may not see the case.
     *
     * Access: admin or member role.
     */
    get: operations['getConsultationAftercare'];
  };
  '/api/desk/consultations/{id}/flags': {
    /**
     * Flag a consultation: the company plans to expand, to leave, or is short of staff
     * @description Access: admin role.
     */
    post: operations['flagConsultation'];
  };
  '/api/desk/flags': {
    /**
     * The coordinator's red flags, from consultations and survey answers, newest first
     * @description Access: admin role.
     */
    get: operations['listDeskFlags'];
  };
  '/api/desk/flags/{id}/resolve': {
    /**
     * Mark a flag as dealt with (once; a stale version is a 409)
     * @description Access: admin role.
     */
    post: operations['resolveDeskFlag'];
  };
  '/api/desk/consultations/{id}/files': {
    /**
     * A case's files with who added them and when (404 to whoever may not see the case)
     * @description Access: admin or member or agency role.
     */
    get: operations['listConsultationFiles'];
    /**
     * Add a file to a case (the body is the file): the desk, the company, a partner that accepted
     * @description At most 5242880 bytes, PDF, JPEG, PNG or WebP, read from its first bytes; a Content-Type that contradicts them is refused. A case has at most 20 files.
     *
     * Access: admin or member or agency role.
     */
    post: operations['uploadConsultationFile'];
  };
  '/api/desk/files/{id}': {
    /**
     * The file itself, for whoever may see its case
     * @description Access: admin or member or agency role.
     */
    get: operations['getConsultationFile'];
  };
  '/api/desk/figures': {
    /**
     * The coordinator's figures: by topic and month, response times against targets, overdue, referrals
     * @description Working days on the Japanese calendar; times are counted for consultations received in the period, overdue cases as of today, referrals sent in the period.
     *
     * Access: admin role.
     */
    get: operations['getDeskFigures'];
  };
  '/api/desk/figures/export.xlsx': {
    /**
     * The same figures as a spreadsheet, one sheet per chart
     * @description Access: admin role.
     */
    get: operations['deskFiguresXlsx'];
  };
  '/api/desk/search': {
    /**
     * Search past consultations (JA/EN, with the glossary); each caller within the cases it may see
     * @description Access: admin or member or agency role.
     */
    get: operations['searchConsultations'];
  };
  '/api/public/explainers': {
    /**
     * Explainer pages: the published ones; a coordinator also sees drafts
     * @description Access: anyone.
     */
    get: operations['listExplainers'];
    /**
     * Write a new explainer page (Markdown, both languages)
     * @description Access: admin role.
     */
    post: operations['createExplainer'];
  };
  '/api/public/explainers/{slug}': {
    /**
     * One explainer page with its Markdown rendered and sanitised, and its sources
     * @description Access: anyone.
     */
    get: operations['getExplainer'];
  };
  '/api/public/explainers/{id}': {
    /**
     * Replace an explainer page (a new version; the feed shows the update once published)
     * @description Access: admin role.
     */
    put: operations['updateExplainer'];
  };
  '/api/public/questions': {
    /**
     * Published questions with their answers, newest first; `q` searches questions and answers (JA/EN)
     * @description Access: anyone.
     */
    get: operations['listPublicQuestions'];
    /**
     * Ask a question without an account (rate-limited per client); it waits for moderation
     * @description The answer says only that it was received.
     *
     * Access: anyone.
     */
    post: operations['askPublicQuestion'];
  };
  '/api/public/questions/{id}': {
    /**
     * One published question
     * @description Access: anyone.
     */
    get: operations['getPublicQuestion'];
  };
  '/api/public/questions/{id}/follows': {
    /**
     * Be told by e-mail when a published question is answered (rate-limited per client)
     * @description Access: anyone.
     */
    post: operations['followPublicQuestion'];
  };
  '/api/public/follows/{token}': {
    /**
     * Stop the mails: the token comes in each mail
     * @description Access: anyone.
     */
    delete: operations['unfollowPublicQuestion'];
  };
  '/api/public/moderation/questions': {
    /**
     * Every question with its state and private contact, for the coordinator
     * @description Access: admin role.
     */
    get: operations['listQuestionsToModerate'];
  };
  '/api/public/questions/{id}/publish': {
    /**
     * Publish a pending question, with an answer if ready
     * @description Access: admin role.
     */
    post: operations['publishPublicQuestion'];
  };
  '/api/public/questions/{id}/answer': {
    /**
     * Answer a published question on the record, naming the organisation
     * @description Access: admin role.
     */
    post: operations['answerPublicQuestion'];
  };
  '/api/public/questions/{id}/merge': {
    /**
     * Merge a pending question into a published one; its followers move
     * @description Access: admin role.
     */
    post: operations['mergePublicQuestion'];
  };
  '/api/public/questions/{id}/reject': {
    /**
     * Reject a pending question with a reason
     * @description Access: admin role.
     */
    post: operations['rejectPublicQuestion'];
  };
  '/api/public/faq': {
    /**
     * The FAQ (JA/EN); `q` searches it
     * @description Access: anyone.
     */
    get: operations['listFaq'];
    /**
     * Publish a consultation's answer as a FAQ entry, in its own words and without the company
     * @description Access: admin role.
     */
    post: operations['createFaqEntry'];
  };
  '/api/public/faq/{id}': {
    /**
     * Edit a FAQ entry or take it off the public pages; If-Match the version read
     * @description An entry made from a consultation is refused (400 on the text) if it names the company or contact.
     *
     * Access: admin role.
     */
    patch: operations['updateFaqEntry'];
  };
  '/api/public/feed.atom': {
    /**
     * An Atom feed of new answers and explainer updates
     * @description Access: anyone.
     */
    get: operations['publicFeed'];
  };
  '/api/partnerships': {
    /**
     * Agreements (memoranda, joint statements, partnerships) with their parties and areas
     * @description Access: anyone.
     */
    get: operations['listAgreements'];
    /**
     * Record an agreement between directory organisations, with the areas of cooperation it defines
     * @description Access: admin role.
     */
    post: operations['createAgreement'];
  };
  '/api/partnerships/{id}': {
    /**
     * An agreement: activities per area and month, and the areas with nothing in the last year
     * @description Access: anyone.
     */
    get: operations['getAgreement'];
    /**
     * Edit an agreement (status, renewal, parties; add areas) with If-Match
     * @description Access: admin role.
     */
    patch: operations['updateAgreement'];
  };
  '/api/partnerships/{id}/activities': {
    /**
     * Record an activity under one of the agreement's areas (coordinators, and the parties' accounts)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['recordAgreementActivity'];
  };
  '/api/partnerships/activities/{id}': {
    /**
     * Delete an activity with If-Match on the activity's version (coordinators, the parties' accounts)
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['deleteAgreementActivity'];
    /**
     * Edit an activity with If-Match on the activity's version (coordinators, the parties' accounts)
     * @description Access: any signed-in account; the record decides the rest.
     */
    patch: operations['updateAgreementActivity'];
  };
  '/api/bulletins': {
    /**
     * Information-sharing bulletins you may read, newest first (public; members; partners)
     * @description Access: anyone.
     */
    get: operations['listBulletins'];
    /**
     * Publish a bulletin (coordinators, partner agencies, members of an agreement party)
     * @description Access: admin or agency or member role.
     */
    post: operations['publishBulletin'];
  };
  '/api/bulletins/feed.atom': {
    /**
     * An Atom feed of the public bulletins with a tag (a technology code or area:<agreement>/<area>)
     * @description Access: anyone.
     */
    get: operations['bulletinFeed'];
  };
  '/api/bulletins/subscriptions': {
    /**
     * The tags you follow (the weekly digest by e-mail brings their bulletins)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getBulletinSubscriptions'];
    /**
     * Replace the tags you follow
     * @description Access: any signed-in account; the record decides the rest.
     */
    put: operations['setBulletinSubscriptions'];
  };
  '/api/bulletins/{id}': {
    /**
     * A bulletin; one you may not read is a 404
     * @description Access: anyone.
     */
    get: operations['getBulletin'];
    /**
     * Edit a bulletin (its author's organisation, coordinators) with If-Match
     * @description Access: admin or agency or member role.
     */
    patch: operations['updateBulletin'];
  };
  '/api/alliance/groups': {
    /**
     * The alliance's working groups with their member organisations and lead
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['listAllianceGroups'];
    /**
     * Create a working group with its members and lead
     * @description Access: admin role.
     */
    post: operations['createAllianceGroup'];
  };
  '/api/alliance/groups/{id}': {
    /**
     * A working group; meeting records, action items and group documents for its members only
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getAllianceGroup'];
  };
  '/api/alliance/groups/{id}/members': {
    /**
     * Replace a group's members and lead
     * @description Access: admin role.
     */
    put: operations['setAllianceGroupMembers'];
  };
  '/api/alliance/groups/{id}/meetings': {
    /**
     * Record a meeting and its action items (the lead organisation's accounts, coordinators)
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['recordAllianceMeeting'];
  };
  '/api/alliance/groups/{id}/documents': {
    /**
     * Share a document (a link) with the group, or with every member
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['addAllianceDocument'];
  };
  '/api/alliance/action-items/{id}/done': {
    /**
     * Mark an action item done (group members, coordinators); once only
     * @description Access: any signed-in account; the record decides the rest.
     */
    post: operations['completeAllianceActionItem'];
  };
  '/api/alliance/groups/{id}/files': {
    /**
     * Upload a file (the body) for the group, or for every member: group members and coordinators
     * @description At most 10485760 bytes, PDF, JPEG, PNG or WebP, read from its first bytes; a Content-Type that contradicts them is refused. A group holds at most 100 files.
     *
     * Access: any signed-in account; the record decides the rest.
     */
    post: operations['uploadAllianceDocument'];
  };
  '/api/alliance/documents/{id}': {
    /**
     * An uploaded document itself, for whoever may see it (404 to anyone else)
     * @description Access: any signed-in account; the record decides the rest.
     */
    get: operations['getAllianceDocumentFile'];
    /**
     * Delete a document, link or file (whoever shared it, the lead organisation, coordinators)
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['deleteAllianceDocument'];
  };
  '/api/alliance/meetings/{id}': {
    /**
     * Delete a meeting record and its action items with If-Match (the lead's accounts, coordinators)
     * @description Access: any signed-in account; the record decides the rest.
     */
    delete: operations['deleteAllianceMeeting'];
    /**
     * Edit a meeting record and its open action items with If-Match (the lead's accounts, coordinators)
     * @description Access: any signed-in account; the record decides the rest.
     */
    patch: operations['updateAllianceMeeting'];
  };
  '/api/clusters/overview': {
    /**
     * The clusters on the platform with their number of phases and current phase (GET /clusters: the taxonomy)
     * @description Access: anyone.
     */
    get: operations['listClusterStandings'];
  };
  '/api/clusters/compare': {
    /**
     * The clusters' indicators side by side, as of a date
     * @description Access: admin or agency role.
     */
    get: operations['compareClusters'];
  };
  '/api/clusters/{key}/plan': {
    /**
     * A cluster's phases, milestones, current phase with its history, and context facts
     * @description Access: anyone.
     */
    get: operations['getClusterPlan'];
  };
  '/api/clusters/{key}/dashboard': {
    /**
     * Where a cluster stands: each indicator per month as of a date, its target for the current phase and status
     * @description Access: admin or agency role.
     */
    get: operations['getClusterDashboard'];
  };
  '/api/clusters/{key}/report.xlsx': {
    /**
     * The yearly report's figures as a spreadsheet (Japan's fiscal year, April to March)
     * @description Access: admin or agency role.
     */
    get: operations['clusterReportXlsx'];
  };
  '/api/clusters/{key}/indicators/{indicator}/records': {
    /**
     * The records behind one month's figure of an indicator (anonymous needs never name their owner)
     * @description Access: admin role.
     */
    get: operations['listClusterIndicatorRecords'];
  };
  '/api/clusters/{key}/targets': {
    /**
     * Set (or with null remove) targets per indicator and phase
     * @description Access: admin role.
     */
    put: operations['putClusterTargets'];
  };
  '/api/clusters/{key}/phase': {
    /**
     * Record the current phase with a dated note (every setting is kept)
     * @description Access: admin role.
     */
    post: operations['setClusterPhase'];
  };
  '/api/clusters/{key}/milestones': {
    /**
     * Add a regional milestone
     * @description Access: admin role.
     */
    post: operations['createClusterMilestone'];
  };
  '/api/clusters/{key}/milestones/{id}': {
    /**
     * Record a milestone's actual date (or edit a regional one) with If-Match
     * @description Access: admin role.
     */
    patch: operations['updateClusterMilestone'];
  };
  '/api/clusters/{key}/notes/{year}': {
    /**
     * The coordinator's note for a year's report, with If-Match when it exists
     * @description Access: admin role.
     */
    put: operations['putClusterNote'];
  };
  '/api/clusters/{key}/members/{id}': {
    /**
     * Correct the day an organisation joined the cluster (its real membership date)
     * @description Access: admin role.
     */
    put: operations['putClusterMembershipDate'];
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Session: {
      user: components['schemas']['User'] | null;
      csrfToken: string | null;
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'member' | 'reviewer' | 'agency' | 'person';
      /** Format: uuid */
      organizationId: string | null;
    };
    Error: {
      error: {
        /** @example validation_failed */
        code: string;
        message: string;
        details: {
          path: string;
          message: string;
        }[];
      };
    };
    Account: components['schemas']['User'] & {
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: {
          ja?: string;
          en?: string;
        };
      } | null;
      disabled: boolean;
      /** @description Invited and has not set a password yet */
      invited: boolean;
      createdAt: string;
    };
    UserInput: {
      /** Format: email */
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'member' | 'reviewer' | 'agency' | 'person';
      /** Format: uuid */
      organizationId?: string | null;
      password: string;
    };
    AccountChange: {
      name?: string;
      /** @enum {string} */
      role?: 'admin' | 'member' | 'reviewer' | 'agency' | 'person';
      /** Format: uuid */
      organizationId?: string | null;
      disabled?: boolean;
    };
    ResetLinkSent: {
      expiresAt: string;
    };
    InvitationSent: {
      account: components['schemas']['Account'];
      expiresAt: string;
    };
    InvitationInput: {
      /** Format: email */
      email: string;
      name?: string;
      /** @enum {string} */
      role: 'admin' | 'member' | 'reviewer' | 'agency' | 'person';
      /** Format: uuid */
      organizationId?: string | null;
    };
    InvitationAccepted: {
      email: string;
    };
    InvitationAccept: {
      token: string;
      password: string;
      name?: string;
    };
    PasswordReset: {
      token: string;
      password: string;
    };
    PasswordChange: {
      currentPassword: string;
      newPassword: string;
    };
    OwnSession: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      expiresAt: string;
      userAgent: string | null;
      current: boolean;
    };
    AuditEntry: {
      id: number;
      at: string;
      actorId: string | null;
      actorEmail: string | null;
      action: string;
      entity: string;
      entityId: string | null;
      entityKey: string | null;
      /** @description The record's name today (organisation, need, survey…); null when it is gone or has none */
      recordName: components['schemas']['LocalizedText'] | null;
      changes: {
        [key: string]: unknown;
      };
    };
    LocalizedText: {
      ja?: string;
      en?: string;
    };
    AuditVocabulary: {
      actions: string[];
      entities: string[];
    };
    Cluster: {
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
    };
    Technology: {
      code: string;
      cluster: string;
      parent: string | null;
      label: components['schemas']['LocalizedText'];
      scope?: components['schemas']['LocalizedText'];
      /** @description Published organisations with this code or a child code */
      organizations: number;
    };
    Home:
      | components['schemas']['CoordinatorHome']
      | components['schemas']['MemberHome']
      | components['schemas']['VisitorHome'];
    CoordinatorHome: {
      /** @enum {string} */
      kind: 'coordinator';
      figures: components['schemas']['HomeFigures'];
      unanswered: {
        id: string;
        state: string;
        from: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        to: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        createdAt: string;
        stateChangedAt: string;
        expiresAt: string;
        recipientHasAccount: boolean;
      }[];
      stalled: {
        id: string;
        state: string;
        from: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        to: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        createdAt: string;
        stateChangedAt: string;
        expiresAt: string;
        recipientHasAccount: boolean;
      }[];
      noAccount: {
        id: string;
        state: string;
        from: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        to: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        createdAt: string;
        stateChangedAt: string;
        expiresAt: string;
        recipientHasAccount: boolean;
      }[];
      surveys: {
        id: string;
        title: components['schemas']['LocalizedText'];
        closesAt: string | null;
        invited: number;
        answered: number;
        rate: number;
        /** @description The first invitees that have not answered */
        notAnswered: string[];
      }[];
      expiring: {
        /** @enum {string} */
        kind: 'need' | 'seed';
        id: string;
        title: components['schemas']['LocalizedText'];
        organization: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        } | null;
        expiresAt: string;
      }[];
      newOrganizations: {
        items: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
          createdAt: string;
          published: boolean;
        }[];
        total: number;
      };
    };
    HomeFigures: {
      organizations: number;
      inAomori: number;
      technologiesCovered: number;
      openNeeds: number;
      openSeeds: number;
      openIntroductions: number;
      /** @description Signed-in coordinators only */
      accounts: number | null;
    };
    MemberHome: {
      /** @enum {string} */
      kind: 'member';
      organization: {
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      lastVisitAt: string | null;
      posts: {
        /** @enum {string} */
        kind: 'need' | 'seed';
        id: string;
        title: components['schemas']['LocalizedText'];
        organization: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        } | null;
        expiresAt: string;
        matches: number;
        /** @description Matches added since the previous sign-in */
        newMatches: number;
      }[];
      awaitingAnswer: {
        id: string;
        state: string;
        from: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        to: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        createdAt: string;
        stateChangedAt: string;
        expiresAt: string;
        recipientHasAccount: boolean;
      }[];
      introductions: {
        id: string;
        state: string;
        from: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        to: {
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        createdAt: string;
        stateChangedAt: string;
        expiresAt: string;
        recipientHasAccount: boolean;
        /** @enum {string} */
        side: 'requester' | 'recipient';
      }[];
      notices: {
        unread: number;
        items: {
          id: string;
          title: components['schemas']['LocalizedText'];
          link: string | null;
          createdAt: string;
        }[];
      };
      surveys: {
        id: string;
        title: components['schemas']['LocalizedText'];
        closesAt: string | null;
      }[];
    };
    VisitorHome: {
      /** @enum {string} */
      kind: 'visitor';
      figures: components['schemas']['HomeFigures'];
    };
    Organization: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      /** @enum {string} */
      kind:
        | 'company'
        | 'startup'
        | 'research-institute'
        | 'university'
        | 'government'
        | 'support-body'
        | 'association'
        | 'financial';
      roles: string[];
      clusters: string[];
      technologies: string[];
      applications: string[];
      description: components['schemas']['LocalizedText'];
      location: {
        country?: string;
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      };
      memberships: string[];
      website?: string;
      sources: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative: boolean;
      published: boolean;
      createdAt: string;
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
      updatedAt: string;
      /** @description Character ranges [start, end) of matched terms, for <mark> */
      highlights?: {
        name: {
          ja?: [number, number][];
          en?: [number, number][];
        };
        description: {
          ja?: [number, number][];
          en?: [number, number][];
        };
      };
    };
    OrganizationFacets: {
      regions: {
        key: string;
        label: components['schemas']['LocalizedText'];
        /** @description Organisations that match the search and every other filter, the place filters aside */
        organizations: number;
      }[];
      prefectures: {
        country: string | null;
        prefecture: string;
        /** @description JIS X 0401 code of a Japanese prefecture (01–47); null abroad */
        code: string | null;
        label: components['schemas']['LocalizedText'];
        /** @description Organisations that match the search and every other filter, the place filters aside */
        organizations: number;
      }[];
    };
    /** @description Every placed match in name order, one column per field (decoder: src/core/directory/points-codec.ts). Point i is keys[i], names.ja[i], names.en[i], lat[i], lng[i], kinds[kind[i]], roleSets[roles[i]]. */
    OrganizationPoints: {
      /** @enum {string} */
      encoding: 'columns/1';
      /** @description Number of points: every match that has coordinates */
      total: number;
      /** @description Matches left off the map for want of coordinates */
      unplaced: number;
      keys: components['schemas']['FrontCodedTexts'];
      /** @description Names in each language; an empty string where the organisation has none in that language */
      names: {
        ja: components['schemas']['FrontCodedTexts'];
        en: components['schemas']['FrontCodedTexts'];
      };
      /** @description base64 of little-endian Int32 per point: latitude × 100,000 */
      lat: string;
      /** @description base64 of little-endian Int32 per point: longitude × 100,000 */
      lng: string;
      kinds: (
        | 'company'
        | 'startup'
        | 'research-institute'
        | 'university'
        | 'government'
        | 'support-body'
        | 'association'
        | 'financial'
      )[];
      /** @description base64, one byte per point: an index into `kinds` */
      kind: string;
      roleSets: string[][];
      /** @description base64 of little-endian Uint16 per point: an index into `roleSets` */
      roles: string;
    };
    /** @description Organisation keys */
    FrontCodedTexts: {
      /** @description base64, one byte per point: how many leading UTF-16 units the value shares with the previous one */
      shared: string;
      /** @description Each value without its shared beginning */
      rest: string[];
    };
    OrganizationChoice: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      published: boolean;
    };
    OrganizationInput: {
      key: string;
      name: components['schemas']['LocalizedText'];
      /** @enum {string} */
      kind:
        | 'company'
        | 'startup'
        | 'research-institute'
        | 'university'
        | 'government'
        | 'support-body'
        | 'association'
        | 'financial';
      /** @default [] */
      roles?: (
        | 'developer'
        | 'integrator'
        | 'component-supplier'
        | 'materials-supplier'
        | 'services'
        | 'research'
        | 'public'
      )[];
      /**
       * @default [
       *   "fusion"
       * ]
       */
      clusters?: string[];
      /** @default [] */
      technologies?: string[];
      /** @default [] */
      applications?: string[];
      description?: components['schemas']['LocalizedText'];
      location?: {
        country?: string;
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      };
      /** @default [] */
      memberships?: string[];
      /** Format: uri */
      website?: string;
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      /** @default false */
      illustrative?: boolean;
      /** @default true */
      published?: boolean;
    };
    OrganizationPatch: {
      key?: string;
      name?: components['schemas']['LocalizedText'];
      /** @enum {string} */
      kind?:
        | 'company'
        | 'startup'
        | 'research-institute'
        | 'university'
        | 'government'
        | 'support-body'
        | 'association'
        | 'financial';
      roles?: (
        | 'developer'
        | 'integrator'
        | 'component-supplier'
        | 'materials-supplier'
        | 'services'
        | 'research'
        | 'public'
      )[];
      clusters?: string[];
      technologies?: string[];
      applications?: string[];
      description?: components['schemas']['LocalizedText'];
      location?: {
        country?: string;
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      } | null;
      memberships?: string[];
      /** Format: uri */
      website?: string | null;
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative?: boolean;
      published?: boolean;
    };
    OrganizationActivity: {
      needs: {
        /** Format: uuid */
        id: string;
        title: components['schemas']['LocalizedText'];
        category: string;
        technologies: string[];
        expiresAt: string;
      }[];
      seeds: {
        /** Format: uuid */
        id: string;
        title: components['schemas']['LocalizedText'];
        category: string;
        technologies: string[];
        expiresAt: string;
      }[];
      relations: {
        type: string;
        since: string | null;
        /**
         * @description outgoing: this organisation is the relation's "from" (the supplier of a supplier-customer link)
         * @enum {string}
         */
        direction: 'outgoing' | 'incoming';
        organization: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
      }[];
      /** @description Only for the organisation's own members and coordinators; null for anyone else */
      introductions:
        | {
            /** Format: uuid */
            id: string;
            state: string;
            /** @enum {string} */
            side: 'requester' | 'recipient';
            /** @description Null while an anonymous owner is hidden */
            counterpart: {
              /** Format: uuid */
              id: string;
              key: string;
              name: components['schemas']['LocalizedText'];
            } | null;
            fromTitle: components['schemas']['LocalizedText'];
            toTitle: components['schemas']['LocalizedText'];
            stateChangedAt: string;
          }[]
        | null;
    };
    Contact: {
      /** Format: uuid */
      id: string;
      name: string;
      title: string | null;
      email: string | null;
      phone: string | null;
      consent: {
        at: string;
        purpose: string;
        /** @description Name of the account that recorded it */
        recordedBy: string | null;
      };
      updatedAt: string;
    };
    ContactInput: {
      name: string;
      title?: string;
      /** Format: email */
      email?: string;
      phone?: string;
      consent: {
        /**
         * Format: date
         * @description The day the person consented
         * @example 2026-04-01
         */
        at: string;
        /** @description What the person agreed to, e.g. "listed as contact for procurement enquiries" */
        purpose: string;
      };
    };
    ContactPatch: {
      name?: string;
      title?: string | null;
      /** Format: email */
      email?: string | null;
      phone?: string | null;
      consent?: {
        /**
         * Format: date
         * @description The day the person consented
         * @example 2026-04-01
         */
        at: string;
        /** @description What the person agreed to, e.g. "listed as contact for procurement enquiries" */
        purpose: string;
      };
    };
    ImportResult: {
      organizations: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      relations: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      sites: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      sitingProfiles: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      needs: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      seeds: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      facilities: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      units: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      equipment: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      leases: {
        created: number;
        updated: number;
        unchanged: number;
        total: number;
      };
      ignored: string[];
    };
    Job: {
      id: string;
      kind: string;
      /** @enum {string} */
      state: 'running' | 'succeeded' | 'failed';
      phase: string;
      processed: number;
      total: number;
      result?: components['schemas']['ImportResult'];
      error?: {
        code: string;
        message: string;
        details: {
          path: string;
          message: string;
        }[];
      };
      startedAt: string;
      finishedAt?: string;
    };
    /** @description A fusion-cluster-bundle (DESIGN.md §4): { format, version, organizations: [...], relations: [{ from, to, type, since, source }] } */
    Bundle: {
      [key: string]: unknown;
    };
    Heatmap: {
      /**
       * @description What was counted: published profiles only, or all (admins asking for it)
       * @enum {string}
       */
      scope: 'published' | 'all';
      /** @description Columns; `total` counts organisations there with any code in the rows */
      regions: (components['schemas']['MapRegion'] & {
        total: number;
      })[];
      /** @description Taxonomy order, parents before their children; `cells` follow `regions` */
      rows: {
        code: string;
        cluster: string;
        parent: string | null;
        label: components['schemas']['LocalizedText'];
        cells: number[];
        total: number;
      }[];
      max: number;
      total: number;
    };
    MapRegion: {
      key: string;
      /** @enum {string} */
      group: 'tohoku' | 'japan' | 'abroad' | 'unspecified';
      label: components['schemas']['LocalizedText'];
    };
    SupplyChain: {
      /**
       * @description What was counted: published profiles only, or all (admins asking for it)
       * @enum {string}
       */
      scope: 'published' | 'all';
      technology: {
        code: string;
        cluster: string;
        parent: string | null;
        label: components['schemas']['LocalizedText'];
      };
      /** @description The code and the codes below it that were matched */
      codes: string[];
      roles: {
        /** @enum {string} */
        role:
          | 'developer'
          | 'integrator'
          | 'component-supplier'
          | 'materials-supplier'
          | 'services'
          | 'research'
          | 'public'
          | 'none';
        label: components['schemas']['LocalizedText'];
        total: number;
        organizations: components['schemas']['MapOrganization'][];
      }[];
      /** @description Distinct organisations with the capability */
      organizations: number;
      /** @description Of these, how many have several roles and so appear in several columns */
      multiRole: number;
      note: string;
    };
    MapOrganization: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      kind: string;
      roles: string[];
      technologies: string[];
      location: {
        country?: string;
        prefecture?: string;
        city?: string;
      };
      /** @description Heat-map column the organisation counts in */
      region: string;
    };
    Network: {
      /**
       * @description What was counted: published profiles only, or all (admins asking for it)
       * @enum {string}
       */
      scope: 'published' | 'all';
      nodes: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        kind: string;
        region: string;
        /** @description Links drawn to or from this organisation */
        degree: number;
        /** @description The organisation itself passes the filters */
        matched: boolean;
      }[];
      links: {
        /** Format: uuid */
        from: string;
        /** Format: uuid */
        to: string;
        /** @enum {string} */
        type: 'membership' | 'partnership' | 'supplier-customer' | 'joint-research' | 'investment';
        since: string | null;
        source: {
          /** Format: uri */
          url: string;
          /** Format: date */
          asOf?: string;
          note?: string;
        } | null;
        /** @enum {string} */
        origin: 'relation' | 'membership';
      }[];
      total: number;
      truncated: boolean;
    };
    Gaps: {
      /**
       * @description What was counted: published profiles only, or all (admins asking for it)
       * @enum {string}
       */
      scope: 'published' | 'all';
      region: components['schemas']['MapRegion'];
      /** @description Whether posted needs (open, unexpired, every visibility) count as demand */
      needsCounted: boolean;
      rows: {
        code: string;
        cluster: string;
        parent: string | null;
        label: components['schemas']['LocalizedText'];
        developers: number;
        needs: number;
        demand: number;
        supply: number;
        national: number;
        local: number;
        /** @description Demand and no supplier in the region */
        gap: boolean;
      }[];
    };
    Shortlist: {
      /**
       * @description What was counted: published profiles only, or all (admins asking for it)
       * @enum {string}
       */
      scope: 'published' | 'all';
      technologies: string[];
      region: components['schemas']['MapRegion'] & (Record<string, never> | null);
      items: components['schemas']['ShortlistItem'][];
      /** @description Capable organisations in all; `items` is the top `limit` */
      total: number;
      /** @description Capable organisations inside the region (null without a region): 0 means none there */
      local: number | null;
      /** @description Where distances are measured from (a region abroad has none) */
      reference: {
        lat: number;
        lng: number;
        label: components['schemas']['LocalizedText'];
      } | null;
      /** @description When no capable organisation is in the region: the five nearest to its reference point */
      nearest: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        location: {
          country?: string;
          prefecture?: string;
          city?: string;
        };
        distanceKm: number;
        matched: number;
      }[];
    };
    ShortlistItem: {
      rank: number;
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      kind: string;
      roles: string[];
      technologies: string[];
      description: components['schemas']['LocalizedText'];
      location: {
        country?: string;
        prefecture?: string;
        city?: string;
      };
      region: string;
      local: boolean;
      /** @description Great-circle km from the region’s reference point; null without a region or coordinates */
      distanceKm: number | null;
      matches: {
        code: string;
        /** @enum {string} */
        kind: 'exact' | 'narrower' | 'broader';
        via: string[];
      }[];
      matched: number;
      exact: number;
      website?: string;
      sources: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative: boolean;
    };
    SitingEvaluation: {
      results: {
        key: string;
        score: number;
        rank: number;
      }[];
      weights: {
        [key: string]: number;
      };
      method: string;
      normalization: string;
    };
    SitingProblem: {
      /** @enum {string} */
      method: 'topsis' | 'wsm' | 'wpm' | 'promethee2';
      /** @enum {string} */
      normalization?: 'vector' | 'minmax' | 'sum' | 'max' | 'none';
      criteria: {
        key: string;
        weight: number;
        /** @enum {string} */
        direction: 'benefit' | 'cost';
        preference?: {
          /** @enum {string} */
          type: 'usual' | 'linear' | 'vshape';
          p?: number;
          q?: number;
        };
      }[];
      alternatives: {
        key: string;
        values: {
          [key: string]: number;
        };
      }[];
    };
    AhpResult: {
      weights: {
        [key: string]: number;
      };
      lambdaMax: number;
      consistencyIndex: number;
      consistencyRatio: number;
      consistent: boolean;
      /** @description The judgement that contributes most when CR > 0.10 */
      worstPair?: unknown;
    };
    AhpJudgements: {
      criteria: string[];
      matrix: number[][];
    };
    Site: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      /** @enum {string} */
      kind: 'development-zone' | 'industrial-park' | 'parcel' | 'research-campus';
      parent?: string;
      location: {
        country: string;
        prefecture?: string;
        city?: string;
        lat: number;
        lng: number;
      };
      description?: components['schemas']['LocalizedText'];
      /** @default {} */
      attributes?: {
        [key: string]: number | boolean | string;
      };
      /** @default {} */
      attributeSources?: {
        [key: string]: {
          /** Format: uri */
          url?: string;
          /** Format: date */
          asOf: string;
          note?: string;
          illustrative?: boolean;
        };
      };
      /** @default {} */
      places?: {
        reactor?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        port?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        expresswayIc?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        airport?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        rail?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
      };
      incentives?: components['schemas']['LocalizedText'];
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      /** @default false */
      illustrative?: boolean;
      createdAt: string;
      updatedAt: string;
    };
    SiteInput: {
      key: string;
      name: components['schemas']['LocalizedText'];
      /** @enum {string} */
      kind: 'development-zone' | 'industrial-park' | 'parcel' | 'research-campus';
      parent?: string;
      location: {
        country: string;
        prefecture?: string;
        city?: string;
        lat: number;
        lng: number;
      };
      description?: components['schemas']['LocalizedText'];
      /** @default {} */
      attributes?: {
        [key: string]: number | boolean | string;
      };
      /** @default {} */
      attributeSources?: {
        [key: string]: {
          /** Format: uri */
          url?: string;
          /** Format: date */
          asOf: string;
          note?: string;
          illustrative?: boolean;
        };
      };
      /** @default {} */
      places?: {
        reactor?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        port?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        expresswayIc?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        airport?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
        rail?: {
          name?: components['schemas']['LocalizedText'];
          lat: number;
          lng: number;
        };
      };
      incentives?: components['schemas']['LocalizedText'];
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      /** @default false */
      illustrative?: boolean;
    };
    SitingProfile: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      /** @enum {string} */
      facilityType:
        | 'fusion-reactor'
        | 'experimental-facility'
        | 'component-factory'
        | 'office'
        | 'semiconductor-plant'
        | 'data-centre'
        | 'other';
      description?: components['schemas']['LocalizedText'];
      criteria: {
        attribute: string;
        weight: number;
        /** @enum {string} */
        direction: 'benefit' | 'cost';
      }[];
      /** @default [] */
      constraints?: {
        attribute: string;
        /** @enum {string} */
        op: '>=' | '<=' | '=';
        value: number;
      }[];
      /**
       * @default {
       *   "method": "manual"
       * }
       */
      weighting?: OneOf<
        [
          {
            /** @enum {string} */
            method: 'manual';
          },
          {
            /** @enum {string} */
            method: 'ahp';
            criteria: string[];
            matrix: number[][];
            consistencyRatio: number;
          },
          {
            /** @enum {string} */
            method: 'survey';
            survey: string;
            base: number;
            note?: string;
          },
        ]
      >;
      note?: components['schemas']['LocalizedText'];
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      createdAt: string;
      updatedAt: string;
    };
    SitingProfileInput: {
      key: string;
      name: components['schemas']['LocalizedText'];
      /** @enum {string} */
      facilityType:
        | 'fusion-reactor'
        | 'experimental-facility'
        | 'component-factory'
        | 'office'
        | 'semiconductor-plant'
        | 'data-centre'
        | 'other';
      description?: components['schemas']['LocalizedText'];
      criteria: {
        attribute: string;
        weight: number;
        /** @enum {string} */
        direction: 'benefit' | 'cost';
      }[];
      /** @default [] */
      constraints?: {
        attribute: string;
        /** @enum {string} */
        op: '>=' | '<=' | '=';
        value: number;
      }[];
      /**
       * @default {
       *   "method": "manual"
       * }
       */
      weighting?: OneOf<
        [
          {
            /** @enum {string} */
            method: 'manual';
          },
          {
            /** @enum {string} */
            method: 'ahp';
            criteria: string[];
            matrix: number[][];
            consistencyRatio: number;
          },
          {
            /** @enum {string} */
            method: 'survey';
            survey: string;
            base: number;
            note?: string;
          },
        ]
      >;
      note?: components['schemas']['LocalizedText'];
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
    };
    SitingStudy: {
      /** Format: uuid */
      id: string;
      title: string;
      profileKey: string | null;
      spec: {
        [key: string]: unknown;
      };
      siteKeys: string[];
      /** @description ranking (with contributions), excluded (failed constraints, missing values), sensitivity, acceptability, values used */
      outcome: {
        [key: string]: unknown;
      };
      sites: {
        key: string;
        name: components['schemas']['LocalizedText'];
        lat: number;
        lng: number;
      }[];
      shared: boolean;
      /** @description Whether the reader wrote it */
      mine: boolean;
      /** Format: uuid */
      createdBy: string | null;
      createdAt: string;
    };
    SitingStudyInput: {
      title: string;
      profile?: string;
      /**
       * @default topsis
       * @enum {string}
       */
      method?: 'topsis' | 'wsm' | 'wpm' | 'promethee2';
      /** @enum {string} */
      normalization?: 'vector' | 'minmax' | 'sum' | 'max' | 'none';
      criteria?: {
        attribute: string;
        weight: number;
        /** @enum {string} */
        direction: 'benefit' | 'cost';
      }[];
      constraints?: {
        attribute: string;
        /** @enum {string} */
        op: '>=' | '<=' | '=';
        value: number;
      }[];
      sites?: string[];
      /** @default {} */
      scenario?: {
        [key: string]: {
          [key: string]: number | boolean;
        };
      };
      /**
       * @description A site lacking a criterion value: ranked at the worst value compared (flagged), or left out
       * @default worst
       * @enum {string}
       */
      missing?: 'worst' | 'exclude';
      /**
       * @description Readable and copyable by every signed-in user; only the author or an admin deletes it
       * @default false
       */
      shared?: boolean;
      /**
       * @description A site lacking the value a constraint needs: kept and marked unknown (outcome.unknown), or left out
       * @default keep
       * @enum {string}
       */
      unknowns?: 'keep' | 'exclude';
      /**
       * @default {
       *   "samples": 2000,
       *   "seed": 1,
       *   "mode": "uniform"
       * }
       */
      smaa?: {
        /** @default 2000 */
        samples?: number;
        /** @default 1 */
        seed?: number;
        /**
         * @default uniform
         * @enum {string}
         */
        mode?: 'uniform' | 'around';
      };
    };
    SitingStudySummary: {
      /** Format: uuid */
      id: string;
      title: string;
      profileKey: string | null;
      method: string;
      /** @description Key of the first-ranked site; null if all were excluded */
      top: string | null;
      siteCount: number;
      shared: boolean;
      /** @description Whether the reader wrote it (else an admin or shared view) */
      mine: boolean;
      createdAt: string;
    };
    SitingStudyCopy: {
      title?: string;
    };
    SitingStudySharing: {
      shared: boolean;
    };
    SurveySummary: components['schemas']['Survey'] & {
      invited: number;
      /** @description Submitted responses */
      answered: number;
    };
    SurveyDefinition: {
      questions: components['schemas']['SurveyQuestion'][];
    };
    SurveyQuestion:
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'single';
          choices: {
            key: string;
            label: components['schemas']['LocalizedText'];
            score?: number;
          }[];
        }
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'multiple';
          choices: {
            key: string;
            label: components['schemas']['LocalizedText'];
            score?: number;
          }[];
          maxChoices?: number;
        }
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'likert';
          choices: {
            key: string;
            label: components['schemas']['LocalizedText'];
            score?: number;
          }[];
        }
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'number';
          min?: number;
          max?: number;
          integer?: boolean;
          unit?: components['schemas']['LocalizedText'];
        }
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'date';
        }
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'text';
          maxLength?: number;
        }
      | {
          key: string;
          label: components['schemas']['LocalizedText'];
          help?: components['schemas']['LocalizedText'];
          required?: boolean;
          showIf?: {
            question: string;
            anyOf: string[];
          };
          /** @enum {string} */
          type: 'matrix';
          items: {
            key: string;
            label: components['schemas']['LocalizedText'];
            attributes?: string[];
          }[];
          choices: {
            key: string;
            label: components['schemas']['LocalizedText'];
            score?: number;
          }[];
        };
    Survey: {
      /** Format: uuid */
      id: string;
      key: string;
      title: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      definition: components['schemas']['SurveyDefinition'];
      /** @description Counts definition changes; answers record theirs */
      version: number;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      /** @enum {string} */
      anonymity: 'named' | 'anonymous';
      minCell: number;
      /** Format: date-time */
      closesAt: string | null;
      reminderDays: number[];
      population: {
        kinds?: string[];
        memberships?: string[];
        regions?: string[];
        clusters?: string[];
        organizations?: string[];
      };
      /** @description Constructed data, to be labelled as such */
      synthetic: boolean;
      /**
       * @description Whose survey: the coordinator's, or one another module opened (a desk case's aftercare, an event's feedback)
       * @enum {string}
       */
      origin: 'coordinator' | 'desk-aftercare' | 'event-feedback';
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      openedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
    };
    SurveyTemplate: {
      key: string;
      title: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      questions: components['schemas']['SurveyQuestion'][];
    };
    SurveyInvitees: {
      items: components['schemas']['SurveyInvitee'][];
      total: number;
      /** @description Invitees without an account: their link is passed on by hand */
      withoutContact: number;
    };
    SurveyInvitee: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      kind: string;
      country: string | null;
      prefecture: string | null;
      /** @description Member accounts that will receive the invitation mail */
      accounts: number;
    };
    SurveyPopulationQuery: {
      population: components['schemas']['SurveyPopulation'];
    };
    /** @description Who is invited: organisations matching every list given */
    SurveyPopulation: {
      kinds?: (
        | 'company'
        | 'startup'
        | 'research-institute'
        | 'university'
        | 'government'
        | 'support-body'
        | 'association'
        | 'financial'
      )[];
      memberships?: string[];
      regions?: (
        | 'tohoku'
        | 'aomori'
        | 'iwate'
        | 'miyagi'
        | 'akita'
        | 'yamagata'
        | 'fukushima'
        | 'japan'
        | 'abroad'
      )[];
      clusters?: string[];
      organizations?: string[];
    };
    SurveyInput: {
      key: string;
      title: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      definition: components['schemas']['SurveyDefinition'];
      /**
       * @default named
       * @enum {string}
       */
      anonymity?: 'named' | 'anonymous';
      /** @default 3 */
      minCell?: number;
      /**
       * Format: date-time
       * @default null
       */
      closesAt?: string | null;
      /**
       * @default [
       *   7,
       *   3,
       *   1
       * ]
       */
      reminderDays?: number[];
      population?: components['schemas']['SurveyPopulation'];
    };
    SurveyOpened: {
      invited: number;
      /** @description Invitation mails sent: one per member account of each organisation */
      mails: number;
      /** @description Organisations without an account: pass on their link */
      withoutContact: number;
      links: components['schemas']['SurveyInvitationLink'][];
    };
    SurveyInvitationLink: {
      /** Format: uuid */
      invitationId: string;
      /** @description Name at invitation time */
      invitee: string;
      kind: string;
      /**
       * Format: uri
       * @description The personal link: whoever holds it can answer
       */
      link: string;
    };
    SurveyProgress: {
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      invited: number;
      answered: number;
      /** @description Started, not submitted */
      drafts: number;
      rate: number;
      byKind: {
        kind: string;
        invited: number;
        answered: number;
      }[];
      answeredOverTime: {
        /** Format: date */
        date: string;
        /** @description Running total */
        answered: number;
      }[];
      notAnswered: {
        /** Format: uuid */
        invitationId: string;
        invitee: string;
        kind: string;
        /** @description Has a saved draft */
        started: boolean;
        reminders: number;
        /** Format: date-time */
        lastRemindedAt: string | null;
      }[];
    };
    SurveyReminders: {
      /** @description Organisations reminded through their member accounts */
      reminded: number;
      /** @description Organisations without an account: pass on their link */
      withoutContact: number;
      mails: number;
    };
    SurveyResults: {
      key: string;
      title: components['schemas']['LocalizedText'];
      synthetic: boolean;
      /** @enum {string} */
      anonymity: 'named' | 'anonymous';
      invited: number;
      respondents: number;
      questions: components['schemas']['SurveyQuestionSummary'][];
    };
    SurveyQuestionSummary:
      | components['schemas']['SurveyChoiceSummary']
      | components['schemas']['SurveyMatrixSummary']
      | components['schemas']['SurveyNumberSummary']
      | components['schemas']['SurveyDateSummary']
      | components['schemas']['SurveyTextSummary'];
    SurveyChoiceSummary: {
      key: string;
      /** @enum {string} */
      type: 'single' | 'likert' | 'multiple';
      base: components['schemas']['SurveyBaseSizes'];
      counts: components['schemas']['SurveyChoiceCount'][];
      /** @description Mean score; null for multiple choice */
      mean: number | null;
    };
    SurveyBaseSizes: {
      respondents: number;
      /** @description Respondents whose conditions showed them the question */
      shown: number;
      answered: number;
      /**
       * @description The denominator of the shares
       * @enum {string}
       */
      used: 'answered' | 'respondents';
    };
    SurveyChoiceCount: {
      key: string;
      label: components['schemas']['LocalizedText'];
      count: number;
      share: number;
    };
    SurveyMatrixSummary: {
      key: string;
      /** @enum {string} */
      type: 'matrix';
      base: components['schemas']['SurveyBaseSizes'];
      items: components['schemas']['SurveyMatrixItemSummary'][];
    };
    SurveyMatrixItemSummary: {
      key: string;
      label: components['schemas']['LocalizedText'];
      answered: number;
      counts: components['schemas']['SurveyChoiceCount'][];
      mean: number | null;
    };
    SurveyNumberSummary: {
      key: string;
      /** @enum {string} */
      type: 'number';
      base: components['schemas']['SurveyBaseSizes'];
      mean: number | null;
      median: number | null;
      min: number | null;
      max: number | null;
    };
    SurveyDateSummary: {
      key: string;
      /** @enum {string} */
      type: 'date';
      base: components['schemas']['SurveyBaseSizes'];
      /** Format: date */
      earliest: string | null;
      /** Format: date */
      latest: string | null;
    };
    SurveyTextSummary: {
      key: string;
      /** @enum {string} */
      type: 'text';
      base: components['schemas']['SurveyBaseSizes'];
      /** @description Up to 200; empty in an anonymous survey */
      texts: string[];
      terms: {
        term: string;
        count: number;
      }[];
    };
    SurveyCrossTab: {
      row: string;
      column: string;
      columns: {
        key: string;
        label: components['schemas']['LocalizedText'];
      }[];
      rows: {
        key: string;
        label: components['schemas']['LocalizedText'];
        /** @description null when a cell of the row is withheld */
        total: number | null;
        cells: {
          key: string;
          /** @description null: below the minimum cell, withheld */
          count: number | null;
          share: number | null;
        }[];
      }[];
      minCell: number;
      suppressed: boolean;
    };
    SurveyResponse: {
      answers: components['schemas']['SurveyAnswerMap'];
      invitee: string;
      kind: string;
    };
    /** @description Question key → answer: a choice key (single, likert), choice keys (multiple), a number, YYYY-MM-DD (date), text, or item key → choice key (matrix) */
    SurveyAnswerMap: {
      [key: string]:
        | string
        | number
        | string[]
        | {
            [key: string]: string;
          };
    };
    SurveyWeights: {
      /** @enum {string} */
      method: 'mean' | 'important';
      groups: {
        /** @description A choice of the grouping question, or `all` */
        group: string;
        /** @description Respondents in the group who answered the matrix */
        base: number;
        items: {
          key: string;
          label: components['schemas']['LocalizedText'];
          attributes: string[];
          /** @description Mean score or share important, before normalising */
          value: number;
          weight: number;
        }[];
        criteria: {
          /** @description A measurable site attribute */
          attribute: string;
          weight: number;
          /** @enum {string} */
          direction: 'benefit' | 'cost';
        }[];
        /** @description Items with no measurable site attribute */
        unmapped: string[];
      }[];
    };
    MySurvey: {
      title: components['schemas']['LocalizedText'];
      /** Format: date-time */
      closesAt: string | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: uri */
      link: string;
    };
    SurveyLinkView: {
      survey: components['schemas']['SurveyForRespondent'];
      invitee: string;
      /** Format: date-time */
      expiresAt: string | null;
      /** @description null until answers are saved */
      response: components['schemas']['SurveySavedAnswers'] | null;
    };
    SurveyForRespondent: {
      key: string;
      title: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      definition: components['schemas']['SurveyDefinition'];
      /** @description Counts definition changes; answers record theirs */
      version: number;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      /** @enum {string} */
      anonymity: 'named' | 'anonymous';
      /** Format: date-time */
      closesAt: string | null;
    };
    SurveySavedAnswers: {
      answers: components['schemas']['SurveyAnswerMap'];
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    SurveyAnswers: {
      answers: components['schemas']['SurveyAnswerMap'];
    };
    Need: {
      /** Format: uuid */
      id: string;
      /** @description Withheld (null) with the owner of an anonymous post */
      key: string | null;
      /** @enum {string} */
      kind: 'need';
      /** @description null: anonymous, and not revealed to you */
      organization: components['schemas']['OrganizationRef'] | null;
      mine: boolean;
      category: string;
      title: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      technologies: string[];
      seeksRoles: string[];
      quantity: string | null;
      timeline: string | null;
      location: components['schemas']['LocationPreference'] | null;
      trl: number | null;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'anonymous';
      /** @enum {string} */
      status: 'open' | 'closed';
      expired: boolean;
      expiresAt: string;
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    OrganizationRef: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
    };
    LocationPreference: {
      country?: string;
      prefecture?: string;
      lat?: number;
      lng?: number;
      radiusKm?: number;
    };
    NeedInput: {
      /** @description Admin only (a bundle reference); a member’s post is given one, so a key never collides */
      key?: string;
      /**
       * Format: uuid
       * @description Admin only; members post for their own
       */
      organizationId?: string;
      /** @enum {string} */
      category: 'supplier' | 'partner' | 'technology' | 'test-facility';
      title: components['schemas']['LocalizedText'];
      body?: components['schemas']['LocalizedText'];
      /** @default [] */
      technologies?: string[];
      quantity?: string;
      timeline?: string;
      location?: components['schemas']['LocationPreference'];
      trl?: number;
      /**
       * @default public
       * @enum {string}
       */
      visibility?: 'public' | 'members' | 'anonymous';
      /** @default [] */
      seeksRoles?: (
        | 'developer'
        | 'integrator'
        | 'component-supplier'
        | 'materials-supplier'
        | 'services'
        | 'research'
        | 'public'
      )[];
    };
    NeedPatch: {
      /** @enum {string} */
      category?: 'supplier' | 'partner' | 'technology' | 'test-facility';
      title?: components['schemas']['LocalizedText'];
      body?: components['schemas']['LocalizedText'];
      technologies?: string[];
      quantity?: string | null;
      timeline?: string | null;
      location?: components['schemas']['LocationPreference'] & (Record<string, never> | null);
      trl?: number | null;
      /** @enum {string} */
      visibility?: 'public' | 'members' | 'anonymous';
      /** @enum {string} */
      status?: 'open' | 'closed';
      seeksRoles?: (
        | 'developer'
        | 'integrator'
        | 'component-supplier'
        | 'materials-supplier'
        | 'services'
        | 'research'
        | 'public'
      )[];
    };
    Matches: {
      items: {
        /** @enum {string} */
        type: 'organization' | 'seed' | 'need';
        /** Format: uuid */
        id: string;
        key: string | null;
        score: number;
        signals: components['schemas']['MatchSignals'];
        title: components['schemas']['LocalizedText'];
        organization: components['schemas']['OrganizationRef'] | null;
      }[];
    };
    /** @description Each signal: value 0–1, its weight, and its share of the score; with the terms and codes matched */
    MatchSignals: {
      text: {
        value: number;
        weight: number;
        share: number;
        terms: {
          text: string;
          ja?: string;
          en?: string;
        }[];
        /** @description The need's distinct requirements (its list items, sentences or listed phrases) and whether this record covers each; only for a need with two or more */
        requirements?: {
          text: string;
          covered: boolean;
        }[];
      };
      technology?: {
        value: number;
        weight: number;
        share: number;
        codes: {
          code: string;
          matched: string;
          credit: number;
        }[];
      };
      role?: {
        value: number;
        weight: number;
        share: number;
        roles?: string[];
        /** @description Kinds of partner read from the need’s words when it named no role */
        inferred?: (
          | 'premises'
          | 'public-support'
          | 'finance'
          | 'manufacture'
          | 'supplier'
          | 'research'
          | 'testing'
          | 'training'
          | 'transport'
        )[];
        /**
         * @description true: the signal applied; its details are the withheld owner's
         * @enum {boolean}
         */
        withheld?: true;
      };
      distance?: {
        value: number;
        weight: number;
        share: number;
        km: number | null;
      };
      reciprocity?: {
        value: number;
        weight: number;
        share: number;
        codes?: {
          code: string;
          matched: string;
          credit: number;
        }[];
        /**
         * @description true: the signal applied; its details are the withheld owner's
         * @enum {boolean}
         */
        withheld?: true;
      };
    };
    Seed: {
      /** Format: uuid */
      id: string;
      /** @description Withheld (null) with the owner of an anonymous post */
      key: string | null;
      /** @enum {string} */
      kind: 'seed';
      /** @description null: anonymous, and not revealed to you */
      organization: components['schemas']['OrganizationRef'] | null;
      mine: boolean;
      category: string;
      title: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      technologies: string[];
      seeksRoles: string[];
      quantity: string | null;
      timeline: string | null;
      location: components['schemas']['LocationPreference'] | null;
      trl: number | null;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'anonymous';
      /** @enum {string} */
      status: 'open' | 'closed';
      expired: boolean;
      expiresAt: string;
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    SeedInput: {
      /** @description Admin only (a bundle reference); a member’s post is given one, so a key never collides */
      key?: string;
      /**
       * Format: uuid
       * @description Admin only; members post for their own
       */
      organizationId?: string;
      /** @enum {string} */
      category: 'technology' | 'product' | 'capability' | 'capacity';
      title: components['schemas']['LocalizedText'];
      body?: components['schemas']['LocalizedText'];
      /** @default [] */
      technologies?: string[];
      quantity?: string;
      timeline?: string;
      location?: components['schemas']['LocationPreference'];
      trl?: number;
      /**
       * @default public
       * @enum {string}
       */
      visibility?: 'public' | 'members' | 'anonymous';
    };
    SeedPatch: {
      /** @enum {string} */
      category?: 'technology' | 'product' | 'capability' | 'capacity';
      title?: components['schemas']['LocalizedText'];
      body?: components['schemas']['LocalizedText'];
      technologies?: string[];
      quantity?: string | null;
      timeline?: string | null;
      location?: components['schemas']['LocationPreference'] & (Record<string, never> | null);
      trl?: number | null;
      /** @enum {string} */
      visibility?: 'public' | 'members' | 'anonymous';
      /** @enum {string} */
      status?: 'open' | 'closed';
    };
    Introduction: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      state:
        | 'requested'
        | 'accepted'
        | 'declined'
        | 'meeting'
        | 'nda'
        | 'poc'
        | 'contract'
        | 'closed'
        | 'expired';
      from: {
        organization: components['schemas']['OrganizationRef'];
        /** @enum {string} */
        kind: 'need' | 'seed';
        /** Format: uuid */
        id: string;
        title: components['schemas']['LocalizedText'];
      };
      to: {
        organization: components['schemas']['OrganizationRef'] | null;
        /** @enum {string} */
        type: 'organization' | 'seed' | 'need';
        /** Format: uuid */
        id: string;
        title: components['schemas']['LocalizedText'];
      };
      /** @enum {string} */
      side: 'requester' | 'recipient' | 'coordinator';
      /** @description Whether the receiving organisation has an active account to answer in the app; if not, the coordinator follows up by hand */
      recipientHasAccount: boolean;
      /** @description States you may move it to now */
      allowed: (
        | 'requested'
        | 'accepted'
        | 'declined'
        | 'meeting'
        | 'nda'
        | 'poc'
        | 'contract'
        | 'closed'
        | 'expired'
      )[];
      technologies: string[];
      message: string;
      reason: string | null;
      outcome: string | null;
      expiresAt: string;
      createdAt: string;
      stateChangedAt: string;
      events: {
        from: string | null;
        to: string;
        note: string | null;
        at: string;
      }[];
      tasks: {
        /** Format: uuid */
        id: string;
        title: string;
        dueAt: string | null;
        doneAt: string | null;
      }[];
    };
    IntroductionInput: {
      /** @enum {string} */
      fromKind: 'need' | 'seed';
      /** Format: uuid */
      fromId: string;
      /** @enum {string} */
      toType: 'organization' | 'seed' | 'need';
      /** Format: uuid */
      toId: string;
      message: string;
    };
    IntroductionBoard: {
      byState: {
        [key: string]: number;
      };
      byAge: {
        label: string;
        maxDays: number | null;
        count: number;
      }[];
      byTechnology: {
        code: string;
        count: number;
      }[];
      /** @description Requested or in progress with no change for 14 days */
      stalled: number;
      openTasks: number;
      conversion: {
        month: string;
        requested: number;
        accepted: number;
        meeting: number;
        contract: number;
      }[];
    };
    IntroductionTransition: {
      /** @enum {string} */
      to:
        | 'requested'
        | 'accepted'
        | 'declined'
        | 'meeting'
        | 'nda'
        | 'poc'
        | 'contract'
        | 'closed'
        | 'expired';
      reason?: string;
      outcome?: string;
      note?: string;
    };
    IntroductionTaskInput: {
      title: string;
      /** Format: date-time */
      dueAt?: string;
    };
    Notification: {
      /** Format: uuid */
      id: string;
      kind: string;
      title: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      link: string | null;
      read: boolean;
      createdAt: string;
    };
    OutboxMail: {
      id: number;
      to: string;
      subject: string;
      body: string;
      sent: boolean;
      error: string | null;
      createdAt: string;
    };
    FacilityList: {
      items: components['schemas']['FacilitySummary'][];
      total: number;
      /** @description Every placed match, not paged, for the map */
      points: components['schemas']['FacilityPoint'][];
    };
    FacilitySummary: {
      /** Format: uuid */
      id: string;
      key: string;
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      site?: {
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      name: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      location: {
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      };
      maxTermMonths: number;
      sources: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative: boolean;
      published: boolean;
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
      /** @description The units that match the spec filters */
      units: components['schemas']['FacilityUnit'][];
      unitCount: number;
      freeUnitCount: number;
      equipmentCount: number;
    };
    FacilityUnit: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      facilityId: string;
      key: string;
      /** @enum {string} */
      kind: 'factory' | 'lab' | 'office';
      name: components['schemas']['LocalizedText'];
      floorAreaM2: number;
      floorLoadTPerM2?: number;
      ceilingHeightM?: number;
      craneT?: number;
      powerKva?: number;
      ehv: boolean;
      cleanClass?: number;
      seismicIsolation: boolean;
      monthlyRentJpy?: number;
      media: string[];
      /** @enum {string} */
      status: 'free' | 'leased' | 'reserved';
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
    };
    FacilityPoint: {
      /** Format: uuid */
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      lat: number;
      lng: number;
      matchingUnits: number;
    };
    Facility: {
      /** Format: uuid */
      id: string;
      key: string;
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      site?: {
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      name: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      location: {
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      };
      maxTermMonths: number;
      sources: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative: boolean;
      published: boolean;
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
      units: components['schemas']['FacilityUnit'][];
      equipment: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        description: components['schemas']['LocalizedText'];
        technologies: string[];
        /** @enum {string} */
        bookingUnit: 'hour' | 'day' | 'week';
        feeMemberJpy?: number;
        feeNonMemberJpy?: number;
        approvalRequired: boolean;
        sources: {
          /** Format: uri */
          url: string;
          /** Format: date */
          asOf?: string;
          note?: string;
        }[];
        illustrative: boolean;
        /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
        version: number;
      }[];
    };
    FacilityInput: {
      key: string;
      /** @description The owner's key in the directory */
      organization: string;
      /** @description Key of the candidate site it stands on (siting) */
      site?: string;
      name: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      location?: {
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      };
      /** @default 60 */
      maxTermMonths?: number;
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      /** @default false */
      illustrative?: boolean;
      /** @default true */
      published?: boolean;
    };
    FacilityPatch: {
      key?: string;
      /** @description The owner's key in the directory */
      organization?: string;
      /** @description Key of the candidate site it stands on (siting) */
      site?: string | null;
      name?: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      location?: {
        prefecture?: string;
        city?: string;
        lat?: number;
        lng?: number;
      } | null;
      maxTermMonths?: number;
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative?: boolean;
      published?: boolean;
    };
    FacilityUnitInput: {
      key: string;
      /** @enum {string} */
      kind: 'factory' | 'lab' | 'office';
      name: components['schemas']['LocalizedText'];
      floorAreaM2: number;
      floorLoadTPerM2?: number;
      ceilingHeightM?: number;
      craneT?: number;
      powerKva?: number;
      /**
       * @description Extra-high-voltage supply available
       * @default false
       */
      ehv?: boolean;
      /** @description ISO 14644-1 class; absent: no clean room */
      cleanClass?: number;
      /** @default false */
      seismicIsolation?: boolean;
      monthlyRentJpy?: number;
      /**
       * @description Floor plans and photos
       * @default []
       */
      media?: string[];
      /**
       * @description Settable until leases exist
       * @default free
       * @enum {string}
       */
      status?: 'free' | 'leased' | 'reserved';
    };
    FacilityUnitPatch: {
      key?: string;
      /** @enum {string} */
      kind?: 'factory' | 'lab' | 'office';
      name?: components['schemas']['LocalizedText'];
      floorAreaM2?: number;
      floorLoadTPerM2?: number | null;
      ceilingHeightM?: number | null;
      craneT?: number | null;
      powerKva?: number | null;
      /** @description Extra-high-voltage supply available */
      ehv?: boolean;
      /** @description ISO 14644-1 class; absent: no clean room */
      cleanClass?: number | null;
      seismicIsolation?: boolean;
      monthlyRentJpy?: number | null;
      /** @description Floor plans and photos */
      media?: string[];
      /**
       * @description Settable until leases exist
       * @enum {string}
       */
      status?: 'free' | 'leased' | 'reserved';
    };
    Equipment: {
      /** Format: uuid */
      id: string;
      facility: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      key: string;
      name: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      technologies: string[];
      /** @enum {string} */
      bookingUnit: 'hour' | 'day' | 'week';
      feeMemberJpy?: number;
      feeNonMemberJpy?: number;
      approvalRequired: boolean;
      sources: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative: boolean;
      /** @description Edit version: the ETag is "<version>"; send it back in If-Match when editing */
      version: number;
    };
    EquipmentInput: {
      key: string;
      name: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      /** @default [] */
      technologies?: string[];
      /** @enum {string} */
      bookingUnit: 'hour' | 'day' | 'week';
      /** @description Per booking unit, for cluster members; absent: not published */
      feeMemberJpy?: number;
      /** @description Per booking unit, for others; absent: not published */
      feeNonMemberJpy?: number;
      /** @default true */
      approvalRequired?: boolean;
      /** @default [] */
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      /** @default false */
      illustrative?: boolean;
    };
    EquipmentPatch: {
      key?: string;
      name?: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      technologies?: string[];
      /** @enum {string} */
      bookingUnit?: 'hour' | 'day' | 'week';
      /** @description Per booking unit, for cluster members; absent: not published */
      feeMemberJpy?: number | null;
      /** @description Per booking unit, for others; absent: not published */
      feeNonMemberJpy?: number | null;
      approvalRequired?: boolean;
      sources?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      }[];
      illustrative?: boolean;
    };
    Booking: {
      /** Format: uuid */
      id: string;
      equipment: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        bookingUnit: string;
      };
      facility: {
        /** Format: uuid */
        id: string;
        name: components['schemas']['LocalizedText'];
      };
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      start: string;
      end: string;
      /** @enum {string} */
      status: 'requested' | 'confirmed' | 'declined' | 'cancelled';
      units: number;
      feeJpy: number | null;
      /** Format: uuid */
      quotaId: string | null;
      note: string;
      decisionReason: string | null;
      decidedAt: string | null;
      cancelledAt: string | null;
      cancellable: boolean;
      version: number;
      createdAt: string;
    };
    BookingInput: {
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-04-01T09:00:00+09:00
       * @example 2027-04-01T09:00:00+09:00
       */
      start: string;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-04-01T09:00:00+09:00
       * @example 2027-04-01T09:00:00+09:00
       */
      end: string;
      note?: string;
    };
    EquipmentAvailability: {
      month: string;
      from: string;
      to: string;
      bookingUnit: string;
      cancelCutoffHours: number;
      slots: {
        start: string;
        end: string;
        /** @enum {string} */
        status: 'requested' | 'confirmed';
        /** Format: uuid */
        bookingId?: string;
        mine: boolean;
        organization?: {
          /** Format: uuid */
          id: string;
          name: components['schemas']['LocalizedText'];
        };
      }[];
    };
    BookingList: {
      items: components['schemas']['Booking'][];
    };
    BookingDecline: {
      reason: string;
    };
    BookingUsage: {
      month: string;
      rows: {
        organization: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        equipment: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        facilityName: components['schemas']['LocalizedText'];
        bookingUnit: string;
        bookings: number;
        units: number;
        hours: number;
        feeJpy: number;
      }[];
      totalFeeJpy: number;
    };
    BookingQuota: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      equipmentId: string;
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      hours: number;
      usedHours: number;
      remainingHours: number;
      validFrom: string;
      validTo: string;
      source: string | null;
    };
    BookingQuotaInput: {
      /** @description The organisation key */
      organization: string;
      hours: number;
      /**
       * Format: date
       * @example 2027-04-01
       */
      validFrom: string;
      /**
       * Format: date
       * @example 2027-04-01
       */
      validTo: string;
      source?: string;
    };
    BookingSettings: {
      cancelCutoffHours: number;
    };
    CalendarFeedState: {
      active: boolean;
      createdAt: string | null;
    };
    CalendarFeed: {
      url: string;
      token: string;
      createdAt: string;
    };
    CallList: {
      items: components['schemas']['Call'][];
      total: number;
    };
    Call: {
      /** Format: uuid */
      id: string;
      key: string;
      /** @enum {string} */
      kind: 'tenancy' | 'joint-use';
      title: components['schemas']['LocalizedText'];
      eligibility: components['schemas']['LocalizedText'];
      /** Format: date-time */
      opensAt: string;
      /** Format: date-time */
      closesAt: string;
      /** @description Taking submissions now */
      open: boolean;
      units: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        kind: string;
        floorAreaM2: number;
        facility: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
      }[];
      equipment: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        facility: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
      }[];
      form?: components['schemas']['SurveyDefinition'];
      rubric: components['schemas']['CallCriterion'][];
      disagreementThreshold: number;
      scoresReleased: boolean;
      illustrative: boolean;
      version: number;
      /** @description Submitted applications (office only) */
      applications?: number;
      myApplication: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        status: 'draft' | 'submitted';
        /** @enum {string|null} */
        decision: 'admitted' | 'waitlisted' | 'rejected' | null;
      } | null;
    };
    CallCriterion: {
      key: string;
      label: components['schemas']['LocalizedText'];
      /** @description Percent; the weights sum to 100 */
      weight: number;
      /** @description What a score of 1, 2, 3, 4 and 5 means on this criterion */
      anchors: components['schemas']['LocalizedText'][];
    };
    CallInput: {
      key: string;
      /** @enum {string} */
      kind: 'tenancy' | 'joint-use';
      title: components['schemas']['LocalizedText'];
      eligibility?: components['schemas']['LocalizedText'];
      /** Format: date-time */
      opensAt: string;
      /** Format: date-time */
      closesAt: string;
      /**
       * @description Keys of the units on offer (tenancy calls)
       * @default []
       */
      units?: string[];
      /**
       * @description Keys of the equipment offered (joint-use calls)
       * @default []
       */
      equipment?: string[];
      form?: components['schemas']['SurveyDefinition'] & (Record<string, never> | null);
      rubric: components['schemas']['CallCriterion'][];
      /**
       * @description Reviewers further apart than this on the weighted score are flagged
       * @default 1
       */
      disagreementThreshold?: number;
      /**
       * @description Applicants see their scores
       * @default false
       */
      scoresReleased?: boolean;
      /** @default false */
      illustrative?: boolean;
    };
    CallPatch: {
      key?: string;
      /** @enum {string} */
      kind?: 'tenancy' | 'joint-use';
      title?: components['schemas']['LocalizedText'];
      eligibility?: components['schemas']['LocalizedText'];
      /** Format: date-time */
      opensAt?: string;
      /** Format: date-time */
      closesAt?: string;
      /** @description Keys of the units on offer (tenancy calls) */
      units?: string[];
      /** @description Keys of the equipment offered (joint-use calls) */
      equipment?: string[];
      form?: components['schemas']['SurveyDefinition'] & (Record<string, never> | null);
      rubric?: components['schemas']['CallCriterion'][];
      /** @description Reviewers further apart than this on the weighted score are flagged */
      disagreementThreshold?: number;
      /** @description Applicants see their scores */
      scoresReleased?: boolean;
      illustrative?: boolean;
    };
    PanelSheet: {
      call: {
        /** Format: uuid */
        id: string;
        key: string;
        title: components['schemas']['LocalizedText'];
        disagreementThreshold: number;
      };
      rows: {
        /** Format: uuid */
        application: string;
        organization: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        /** @description Reviewers with a complete sheet */
        reviewers: number;
        assigned: number;
        /** @description Each complete reviewer's weighted score */
        totals: number[];
        mean: number | null;
        spread: number | null;
        disagreement: boolean;
        rank: number | null;
        /** @enum {string|null} */
        decision: 'admitted' | 'waitlisted' | 'rejected' | null;
      }[];
    };
    ReviewerList: {
      items: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      }[];
    };
    Application: {
      /** Format: uuid */
      id: string;
      call: {
        /** Format: uuid */
        id: string;
        key: string;
        /** @enum {string} */
        kind: 'tenancy' | 'joint-use';
        title: components['schemas']['LocalizedText'];
      };
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      /** @enum {string} */
      channel: 'web' | 'paper';
      /** @enum {string} */
      status: 'draft' | 'submitted';
      answers: {
        [key: string]: unknown;
      };
      unit: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      jointUse: {
        researchPlan: string | null;
        hoursRequested: number | null;
        from: string | null;
        to: string | null;
        equipment: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        } | null;
      } | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** @enum {string|null} */
      decision: 'admitted' | 'waitlisted' | 'rejected' | null;
      decisionReason: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      /** @description An admitted tenancy applicant: what a lease offer starts from */
      leaseOffer: {
        /** Format: uuid */
        applicationId: string;
        /** Format: uuid */
        organizationId: string;
        /** Format: uuid */
        unitId: string | null;
        /** Format: uuid */
        facilityId: string | null;
      } | null;
      waitlisted: boolean;
      /** @description The panel result, shown to the applicant once released */
      scores: {
        mean: number | null;
        reviewers: number;
        criteria: {
          criterion: string;
          mean: number | null;
        }[];
      } | null;
      /** @description Every assignment (office only) */
      reviews?: components['schemas']['ApplicationReview'][];
      /** @description The calling reviewer's own sheet */
      myReview?: {
        reviewer: {
          /** Format: uuid */
          id: string;
          name: string;
          email: string;
        };
        /** @enum {string} */
        state: 'assigned' | 'conflict';
        scores: {
          [key: string]: number;
        };
        comments: {
          [key: string]: string;
        };
        /** @description Weighted score; null until every criterion is scored */
        total: number | null;
        conflictReason: string | null;
      } | null;
      version: number;
    };
    ApplicationReview: {
      reviewer: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      };
      /** @enum {string} */
      state: 'assigned' | 'conflict';
      scores: {
        [key: string]: number;
      };
      comments: {
        [key: string]: string;
      };
      /** @description Weighted score; null until every criterion is scored */
      total: number | null;
      conflictReason: string | null;
    };
    ApplicationInput: {
      /**
       * @description Question key → answer, as in surveys
       * @default {}
       */
      answers?: {
        [key: string]:
          | string
          | number
          | string[]
          | {
              [key: string]: string;
            };
      };
      /** @description The unit applied for (tenancy), one the call offers */
      unit?: string | null;
      jointUse?: components['schemas']['JointUseProposal'];
      /** @description The applicant's key: the office entering a paper application names it */
      organization?: string;
    };
    /** @description Required in full when a joint-use application is submitted */
    JointUseProposal: {
      researchPlan?: string;
      hoursRequested?: number;
      /** Format: date */
      from?: string;
      /** Format: date */
      to?: string;
      /** @description Key of the equipment item, one the call offers */
      equipment?: string;
    };
    ApplicationList: {
      items: components['schemas']['Application'][];
      total: number;
    };
    ApplicationPatch: {
      /** @description Question key → answer, as in surveys */
      answers?: {
        [key: string]:
          | string
          | number
          | string[]
          | {
              [key: string]: string;
            };
      };
      /** @description The unit applied for (tenancy), one the call offers */
      unit?: string | null;
      jointUse?: components['schemas']['JointUseProposal'];
    };
    ReviewerAssignment: {
      /**
       * Format: uuid
       * @description A reviewer account's id
       */
      reviewer: string;
    };
    ConflictOfInterest: {
      reason: string;
    };
    ScoreSheet: {
      scores: {
        criterion: string;
        score: number;
        /** @default */
        comment?: string;
      }[];
    };
    ApplicationDecision: {
      /** @enum {string} */
      decision: 'admitted' | 'waitlisted' | 'rejected';
      reason: string;
    };
    Lease: {
      /** Format: uuid */
      id: string;
      key: string;
      unit: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        /** @enum {string} */
        kind: 'factory' | 'lab' | 'office';
      };
      facility: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      tenant: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      /** Format: date */
      startOn: string;
      /** Format: date */
      endOn: string;
      monthlyRentJpy: number;
      depositJpy: number;
      /** @enum {string} */
      status: 'offered' | 'active' | 'ending' | 'ended';
      applicationId: string | null;
      /** Format: uuid */
      renewsLeaseId: string | null;
      remindersSent: number[];
      illustrative: boolean;
      /** @description For an ending lease: the siting workbench with the space the tenant leaves as requirements */
      sitingLink: string | null;
      version: number;
    };
    LeaseOffer: {
      /** @description Defaults to the unit key and the start day */
      key?: string;
      /** Format: uuid */
      unitId: string;
      /** @description The tenant organisation's key in the directory */
      tenant: string;
      /** Format: date */
      startOn: string;
      /** Format: date */
      endOn: string;
      monthlyRentJpy: number;
      /** @default 0 */
      depositJpy?: number;
      /** @description The public-call application this offer answers (linked by the calls module) */
      applicationId?: string | null;
    };
    LeaseRenewal: {
      /** Format: date */
      endOn: string;
      monthlyRentJpy?: number;
      depositJpy?: number;
    };
    Waitlist: {
      /** Format: uuid */
      facilityId: string;
      kinds: {
        /** @enum {string} */
        kind: 'factory' | 'lab' | 'office';
        length: number;
        /** @description Your organisation's place, 1 first */
        ownPosition: number | null;
        /** @description The ordered list; only the office (admin, owner) sees it */
        entries: {
          position: number;
          organization: {
            /** Format: uuid */
            id: string;
            key: string;
            name: components['schemas']['LocalizedText'];
          };
          joinedAt: string;
        }[];
      }[];
    };
    WaitlistJoin: {
      /** @enum {string} */
      kind: 'factory' | 'lab' | 'office';
    };
    Occupancy: {
      from: string;
      to: string;
      total: {
        month: string;
        leased: number;
        leasable: number;
        rate: number;
      }[];
      facilities: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        months: {
          month: string;
          leased: number;
          leasable: number;
          rate: number;
        }[];
        waitlist: number;
      }[];
      waitlist: number;
    };
    UnitStates: {
      /** Format: date */
      today: string;
      units: {
        /** Format: uuid */
        id: string;
        key: string;
        /** @enum {string} */
        state: 'free' | 'offered' | 'leased' | 'ending';
      }[];
    };
    Graduation: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      leaseId: string;
      tenant: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      facility: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      /** Format: date */
      graduatedOn: string;
      site: {
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      address: string | null;
      jobsAtExit: number;
      investmentJpy: number;
      reports: {
        year: number;
        employees: number;
        /** @enum {string} */
        revenueBand: '<10m' | '10m-100m' | '100m-1b' | '1b-10b' | '>10b';
        inRegion: boolean;
        comment: string;
        submittedAt: string;
      }[];
      /** @description This year's follow-up report (1–5) */
      dueYear: number | null;
      /** @description This year's report is due and not in */
      missing: boolean;
    };
    GraduationInput: {
      /** Format: date */
      graduatedOn: string;
      /** @description The candidate site it moved to */
      site?: string;
      address?: string;
      jobsAtExit: number;
      investmentJpy: number;
    };
    FollowUpInput: {
      year: number;
      employees: number;
      /** @enum {string} */
      revenueBand: '<10m' | '10m-100m' | '100m-1b' | '1b-10b' | '>10b';
      inRegion: boolean;
      /** @default */
      comment?: string;
    };
    UnitFile: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      unitId: string;
      /** @enum {string} */
      kind: 'photo' | 'floor-plan';
      /** @enum {string} */
      contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
      byteSize: number;
      sha256: string;
      caption: components['schemas']['LocalizedText'];
      sortOrder: number;
      createdAt: string;
      url: string;
    };
    EventList: {
      items: components['schemas']['Event'][];
      total: number;
    };
    Event: {
      /** Format: uuid */
      id: string;
      key: string;
      /** @enum {string} */
      kind:
        | 'alliance-meeting'
        | 'lunch-meeting'
        | 'seminar'
        | 'open-factory'
        | 'job-fair'
        | 'brokerage'
        | 'residents-briefing';
      title: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      agenda: components['schemas']['LocalizedText'];
      place: components['schemas']['LocalizedText'];
      lat: number | null;
      lng: number | null;
      onlineUrl: string | null;
      organizer: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      capacity: number;
      confirmed: number;
      waiting: number;
      registrationOpensAt: string | null;
      registrationClosesAt: string | null;
      registrationOpen: boolean;
      cancelCutoffHours: number;
      /** @enum {string} */
      audience: 'public' | 'members' | 'invited';
      /** @description Organiser and admins only */
      invitedOrganizations: string[];
      /** @description Organiser and admins only */
      invitedAccounts: string[];
      fee: components['schemas']['LocalizedText'];
      safetyRules: components['schemas']['LocalizedText'];
      /** @description An open factory's tours; register for one */
      tourSlots: components['schemas']['TourSlot'][];
      questions: components['schemas']['SurveyDefinition'] | null;
      illustrative: boolean;
      canManage: boolean;
      myRegistration: components['schemas']['MyEventRegistration'] | null;
      version: number;
    };
    TourSlot: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      capacity: number;
      taken: number;
      left: number;
    };
    MyEventRegistration: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      eventId: string;
      /** @enum {string} */
      status: 'confirmed' | 'waiting' | 'cancelled';
      /** @description Place on the waiting list (1 = next) */
      position: number | null;
      /** @description What the QR code holds; confirmed only */
      checkinToken: string | null;
      /** @description ABCD-EFGH, typed at check-in; confirmed only */
      shortCode: string | null;
      checkedInAt: string | null;
      /** Format: date-time */
      cancelDeadline: string;
      mayCancel: boolean;
      answers: {
        [key: string]: unknown;
      };
      /** @description An open factory's tour slot */
      tourSlotId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    EventInput: {
      key: string;
      /** @enum {string} */
      kind:
        | 'alliance-meeting'
        | 'lunch-meeting'
        | 'seminar'
        | 'open-factory'
        | 'job-fair'
        | 'brokerage'
        | 'residents-briefing';
      title: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      agenda?: components['schemas']['LocalizedText'];
      place?: components['schemas']['LocalizedText'];
      /** @default null */
      lat?: number | null;
      /** @default null */
      lng?: number | null;
      /**
       * Format: uri
       * @default null
       */
      onlineUrl?: string | null;
      /** @description The organising organisation's key */
      organizer: string;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)
       * @example 2027-06-10T12:00:00+09:00
       */
      startsAt: string;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)
       * @example 2027-06-10T12:00:00+09:00
       */
      endsAt: string;
      capacity: number;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)
       * @default null
       * @example 2027-06-10T12:00:00+09:00
       */
      registrationOpensAt?: string | null;
      /**
       * Format: date-time
       * @description Unset: registration closes at the start
       * @default null
       * @example 2027-06-10T12:00:00+09:00
       */
      registrationClosesAt?: string | null;
      /** @default 24 */
      cancelCutoffHours?: number;
      /**
       * @default public
       * @enum {string}
       */
      audience?: 'public' | 'members' | 'invited';
      /**
       * @description Organisation keys (invited events)
       * @default []
       */
      invitedOrganizations?: string[];
      /**
       * @description Account e-mails (invited events)
       * @default []
       */
      invitedAccounts?: string[];
      fee?: components['schemas']['LocalizedText'];
      safetyRules?: components['schemas']['LocalizedText'];
      questions?: components['schemas']['SurveyDefinition'] & (Record<string, never> | null);
    };
    EventPatch: {
      /** @enum {string} */
      kind?:
        | 'alliance-meeting'
        | 'lunch-meeting'
        | 'seminar'
        | 'open-factory'
        | 'job-fair'
        | 'brokerage'
        | 'residents-briefing';
      title?: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      agenda?: components['schemas']['LocalizedText'];
      place?: components['schemas']['LocalizedText'];
      lat?: number | null;
      lng?: number | null;
      /** Format: uri */
      onlineUrl?: string | null;
      /** @description The organising organisation's key */
      organizer?: string;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)
       * @example 2027-06-10T12:00:00+09:00
       */
      startsAt?: string;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)
       * @example 2027-06-10T12:00:00+09:00
       */
      endsAt?: string;
      capacity?: number;
      /**
       * Format: date-time
       * @description An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)
       * @example 2027-06-10T12:00:00+09:00
       */
      registrationOpensAt?: string | null;
      /**
       * Format: date-time
       * @description Unset: registration closes at the start
       * @example 2027-06-10T12:00:00+09:00
       */
      registrationClosesAt?: string | null;
      cancelCutoffHours?: number;
      /** @enum {string} */
      audience?: 'public' | 'members' | 'invited';
      /** @description Organisation keys (invited events) */
      invitedOrganizations?: string[];
      /** @description Account e-mails (invited events) */
      invitedAccounts?: string[];
      fee?: components['schemas']['LocalizedText'];
      safetyRules?: components['schemas']['LocalizedText'];
      questions?: components['schemas']['SurveyDefinition'] & (Record<string, never> | null);
    };
    EventRegistrationInput: {
      /**
       * @description Question key → answer, as in surveys
       * @default {}
       */
      answers?: {
        [key: string]:
          | string
          | number
          | string[]
          | {
              [key: string]: string;
            };
      };
      /**
       * Format: uuid
       * @description Required when the event has tour slots
       */
      tourSlotId?: string;
    };
    EventRegistrations: {
      items: components['schemas']['EventRegistration'][];
      total: number;
      summary: {
        capacity: number;
        confirmed: number;
        waiting: number;
        cancelled: number;
        checkedIn: number;
        /** @description Confirmed but not checked in; counted once the event has ended */
        noShows: number | null;
      };
    };
    EventRegistration: {
      /** Format: uuid */
      id: string;
      seq: number;
      /** @enum {string} */
      status: 'confirmed' | 'waiting' | 'cancelled';
      position: number | null;
      account: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      };
      organization: {
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      answers: {
        [key: string]: unknown;
      };
      tourSlotId: string | null;
      checkedInAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    EventCheckInResult: {
      /** Format: uuid */
      registrationId: string;
      account: {
        name: string;
      };
      organization: {
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      /** Format: date-time */
      checkedInAt: string;
    };
    EventCheckIn: {
      /** @description The short code (ABCD-EFGH) or what the QR code holds */
      code: string;
    };
    MyEventRegistrations: {
      items: (components['schemas']['MyEventRegistration'] & {
        event: {
          /** Format: uuid */
          id: string;
          key: string;
          /** @enum {string} */
          kind:
            | 'alliance-meeting'
            | 'lunch-meeting'
            | 'seminar'
            | 'open-factory'
            | 'job-fair'
            | 'brokerage'
            | 'residents-briefing';
          title: components['schemas']['LocalizedText'];
          /** Format: date-time */
          startsAt: string;
          /** Format: date-time */
          endsAt: string;
        };
      })[];
      total: number;
    };
    Brokerage: {
      eventId: string;
      slotMinutes: number | null;
      tables: number | null;
      slots: {
        id: string;
        seq: number;
        /** Format: date-time */
        startsAt: string;
        /** Format: date-time */
        endsAt: string;
      }[];
      participant: boolean;
      canManage: boolean;
      me: {
        offers: {
          text: components['schemas']['LocalizedText'];
          technologyCodes: string[];
          needId?: string;
          seedId?: string;
        }[];
        seeks: {
          text: components['schemas']['LocalizedText'];
          technologyCodes: string[];
          needId?: string;
          seedId?: string;
        }[];
        unavailableSlots: string[];
      } | null;
      participants: {
        id: string;
        name: string;
        organization: components['schemas']['LocalizedText'];
        organizationId: string;
        offers: {
          text: components['schemas']['LocalizedText'];
          technologyCodes: string[];
          needId?: string;
          seedId?: string;
        }[];
        seeks: {
          text: components['schemas']['LocalizedText'];
          technologyCodes: string[];
          needId?: string;
          seedId?: string;
        }[];
      }[];
      /** @description Yours; every meeting for the organiser */
      meetings: components['schemas']['BrokerageMeeting'][];
      /** @description Your placed meetings in time order */
      agenda: components['schemas']['BrokerageMeeting'][];
    };
    BrokerageMeeting: {
      id: string;
      eventId: string;
      /** @enum {string} */
      status: 'requested' | 'accepted' | 'declined' | 'held';
      requester: {
        id: string;
        name: string;
        organization: components['schemas']['LocalizedText'];
      };
      invitee: {
        id: string;
        name: string;
        organization: components['schemas']['LocalizedText'];
      };
      message: string;
      /** @enum {string} */
      mine: 'outgoing' | 'incoming' | 'none';
      slot: {
        id: string;
        seq: number;
        /** Format: date-time */
        startsAt: string;
        /** Format: date-time */
        endsAt: string;
      } | null;
      table: number | null;
      /**
       * Format: uuid
       * @description The introduction a held meeting became
       */
      introductionId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    BrokerageSettingsInput: {
      /** @example 20 */
      slotMinutes: number;
      /** @example 10 */
      tables: number;
    };
    BrokerageProfileInput: {
      offers: {
        text: components['schemas']['LocalizedText'];
        /** @default [] */
        technologyCodes?: string[];
        /**
         * Format: uuid
         * @description Optionally one of your own needs
         */
        needId?: string;
        /**
         * Format: uuid
         * @description Optionally one of your own seeds
         */
        seedId?: string;
      }[];
      seeks: {
        text: components['schemas']['LocalizedText'];
        /** @default [] */
        technologyCodes?: string[];
        /**
         * Format: uuid
         * @description Optionally one of your own needs
         */
        needId?: string;
        /**
         * Format: uuid
         * @description Optionally one of your own seeds
         */
        seedId?: string;
      }[];
      /** @default [] */
      unavailableSlots?: string[];
    };
    BrokerageSuggestions: {
      /** @enum {string} */
      method: 'shared-technology-codes';
      explanation: components['schemas']['LocalizedText'];
      items: {
        id: string;
        name: string;
        organization: components['schemas']['LocalizedText'];
        score: number;
        sharedCodes: string[];
        explanation: components['schemas']['LocalizedText'];
      }[];
    };
    MeetingRequestInput: {
      /**
       * Format: uuid
       * @description The other participant's account id
       */
      with: string;
      /** @default */
      message?: string;
    };
    BrokerageScheduleResult: {
      placed: number;
      bound: number;
      meetings: number;
      unplaced: {
        meetingId: string;
        reason: string;
        participantId?: string;
      }[];
    };
    MeetingAnswerInput: {
      /** @enum {string} */
      answer: 'accept' | 'decline';
    };
    TourSlots: {
      items: components['schemas']['TourSlot'][];
    };
    TourSlotsInput: {
      /** @description Several tours a day, each with its places; [] removes them */
      slots: {
        /**
         * Format: date-time
         * @example 2027-05-15T10:00:00+09:00
         */
        startsAt: string;
        /**
         * Format: date-time
         * @example 2027-05-15T10:00:00+09:00
         */
        endsAt: string;
        capacity: number;
      }[];
    };
    EventOutcomes: {
      attendance: {
        confirmed: number;
        checkedIn: number;
        noShows: number | null;
        /** @description Checked in / confirmed, once the event has ended */
        rate: number | null;
      };
      feedback: {
        /** @description The feedback survey in the surveys module (origin event-feedback), once opened */
        surveyId: string | null;
        /** @description Attendees invited to answer */
        invited: number;
        /** @description Submitted / invited */
        rate: number | null;
        responses: number;
        overallMean: number | null;
        /** @description Responses per rating 1–5 */
        overall: number[];
        followUpYes: number;
        comments: string[];
      };
      introductions: {
        /** Format: date-time */
        from: string;
        /**
         * Format: date-time
         * @description 30 days after the end
         */
        to: string;
        items: {
          /** Format: uuid */
          id: string;
          state: string;
          requestedBy: string;
          from: {
            key: string;
            name: components['schemas']['LocalizedText'];
          } | null;
          to: {
            key: string;
            name: components['schemas']['LocalizedText'];
          } | null;
          /** Format: date-time */
          createdAt: string;
        }[];
      };
    };
    EventFeedback: {
      form: components['schemas']['SurveyDefinition'];
      /** @description Invited (checked in), the feedback survey is open, not yet submitted */
      mayAnswer: boolean;
      /** @description Your submitted answers */
      answers: {
        [key: string]: unknown;
      } | null;
      /** @description Your personal survey link (/s/…), once the feedback survey is open and you are invited */
      link: string | null;
      closesAt: string | null;
    };
    EventFeedbackInput: {
      /** @description Question key → answer, as in surveys */
      answers: {
        [key: string]: string | number | string[];
      };
    };
    EventFigures: {
      from: string;
      to: string;
      months: {
        month: string;
        events: {
          'alliance-meeting'?: number;
          'lunch-meeting'?: number;
          seminar?: number;
          'open-factory'?: number;
          'job-fair'?: number;
          brokerage?: number;
          'residents-briefing'?: number;
        };
        registrations: number;
        confirmed: number;
        attendanceRate: number | null;
        companies: number;
        newCompanies: number;
        /** @description Organisations reached that month which joined a cluster that month (membership date) */
        newMembers: number;
      }[];
      totals: {
        events: number;
        registrations: number;
        attendanceRate: number | null;
        companies: number;
      };
    };
    Skill: {
      code: string;
      cluster: string;
      label: components['schemas']['LocalizedText'];
    };
    TrainingProgramme: {
      /** Format: uuid */
      id: string;
      key: string;
      provider: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      title: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      level: number;
      levelInfo: {
        name: {
          ja: string;
          en: string;
        };
        uk: {
          ja: string;
          en: string;
        };
        japan: {
          ja: string;
          en: string;
        };
      };
      skills: components['schemas']['Skill'][];
      durationWeeks: number;
      /** @enum {string} */
      delivery: 'full-time' | 'day-release';
      defaultCapacity: number;
      feeJpy: number | null;
      employerSponsor: boolean;
      publicSubsidy: components['schemas']['LocalizedText'] | null;
      source: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      } | null;
      illustrative: boolean;
      cohorts: components['schemas']['TrainingCohort'][];
      canEdit: boolean;
      version: number;
    };
    TrainingCohort: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      startOn: string;
      capacity: number;
      enrolled: number;
      waiting: number;
      illustrative: boolean;
    };
    TrainingProgrammeInput: {
      key?: string;
      /** @description The provider organisation's key in the directory */
      provider: string;
      title: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      level: number;
      /** @default [] */
      skills?: string[];
      durationWeeks: number;
      /** @enum {string} */
      delivery: 'full-time' | 'day-release';
      /** @default 20 */
      defaultCapacity?: number;
      /** @default null */
      feeJpy?: number | null;
      /** @default false */
      employerSponsor?: boolean;
      /** @default null */
      publicSubsidy?: components['schemas']['LocalizedText'] | null;
      /** @default null */
      source?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      } | null;
      /** @default false */
      illustrative?: boolean;
    };
    TrainingProgrammePatch: {
      title?: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      level?: number;
      skills?: string[];
      durationWeeks?: number;
      /** @enum {string} */
      delivery?: 'full-time' | 'day-release';
      defaultCapacity?: number;
      feeJpy?: number | null;
      employerSponsor?: boolean;
      publicSubsidy?: components['schemas']['LocalizedText'] | null;
      source?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      } | null;
      illustrative?: boolean;
    };
    TrainingCohortInput: {
      /** Format: date */
      startOn: string;
      capacity?: number;
      /** @default false */
      illustrative?: boolean;
    };
    TrainingEnrolment: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'enrolled' | 'waiting' | 'withdrawn' | 'completed';
      waitingPosition: number | null;
      cohort: {
        /** Format: uuid */
        id: string;
        /** Format: date */
        startOn: string;
        capacity: number;
      };
      programme: {
        /** Format: uuid */
        id: string;
        key: string;
        title: components['schemas']['LocalizedText'];
        level: number;
        provider: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
      };
      trainee: {
        name: string;
        email: string;
      } | null;
      employer: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      sponsorConfirmedAt: string | null;
      plan: {
        traineeSignedAt: string | null;
        employerSignedAt: string | null;
        providerSignedAt: string | null;
        agreed: boolean;
      };
      reviews: {
        /** Format: uuid */
        id: string;
        /** Format: date */
        reviewedOn: string;
        /** @enum {string} */
        rag: 'red' | 'amber' | 'green';
        note: string;
      }[];
      reviewDue: {
        /** Format: date */
        from: string;
        /** Format: date */
        dueFrom: string;
        /** Format: date */
        dueBy: string;
        /** @enum {string} */
        state: 'not-due' | 'due' | 'overdue' | 'not-started';
      };
      hours: {
        /** Format: uuid */
        id: string;
        /** Format: date */
        workedOn: string;
        hours: number;
        activity: string;
      }[];
      totalHours: number;
      qualification: string | null;
      withdrawalReason: string | null;
      endedOn: string | null;
      erased: boolean;
      illustrative: boolean;
      viewerIs: ('trainee' | 'employer' | 'provider' | 'admin')[];
      version: number;
    };
    TrainingEnrolInput: {
      /** @description The sponsoring employer's key in the directory; its member confirms */
      employer?: string;
    };
    TrainingWithdrawInput: {
      reason: string;
    };
    TrainingReviewInput: {
      /** Format: date */
      reviewedOn: string;
      /** @enum {string} */
      rag: 'red' | 'amber' | 'green';
      /** @default */
      note?: string;
    };
    TrainingHoursInput: {
      /** Format: date */
      workedOn: string;
      hours: number;
      /** @default */
      activity?: string;
    };
    TrainingCompletionInput: {
      qualification: string;
      /** Format: date */
      endedOn: string;
    };
    MyTrainingData: {
      exportedAt: string;
      account: {
        name: string;
        email: string;
      };
      enrolments: components['schemas']['TrainingEnrolment'][];
    };
    TrainingErasure: {
      erasedEnrolments: number;
    };
    JobOpening: {
      /** Format: uuid */
      id: string;
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      title: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      skills: {
        code: string;
        label: components['schemas']['LocalizedText'];
      }[];
      level: number;
      prefecture: string;
      municipality: string;
      lat: number | null;
      lng: number | null;
      /** Format: date */
      startOn: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      illustrative: boolean;
      canEdit: boolean;
      /** @description How many applied (the company's own) */
      applications: number | null;
      version: number;
    };
    JobOpeningInput: {
      /** @description The hiring member company's key in the directory */
      organization: string;
      title: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      skills: string[];
      level: number;
      prefecture: string;
      /** @default */
      municipality?: string;
      /** @default null */
      lat?: number | null;
      /** @default null */
      lng?: number | null;
      /** Format: date */
      startOn: string;
      /**
       * @default open
       * @enum {string}
       */
      status?: 'open' | 'closed';
      /** @default false */
      illustrative?: boolean;
    };
    JobOpeningPatch: {
      title?: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      skills?: string[];
      level?: number;
      prefecture?: string;
      municipality?: string;
      lat?: number | null;
      lng?: number | null;
      /** Format: date */
      startOn?: string;
      /** @enum {string} */
      status?: 'open' | 'closed';
      illustrative?: boolean;
    };
    OpeningCandidate: {
      /** Format: uuid */
      userId: string;
      name: string;
      /** @enum {string} */
      status: 'trainee' | 'graduate';
      /** @description The calendar year of their latest completion; null for a trainee who has completed nothing */
      graduatedYear: number | null;
      level: number | null;
      skills: {
        code: string;
        label: components['schemas']['LocalizedText'];
      }[];
      prefecture: string;
      municipality: string;
      illustrative: boolean;
      score: number;
      signals: {
        /** @enum {string} */
        signal: 'skills' | 'level' | 'location';
        value: number;
        weight: number;
        contribution: number;
        /** @description The signal's part of the score; the shares sum to 1 */
        share: number;
      }[];
      matchedSkills: string[];
      missingSkills: string[];
      /** @enum {string} */
      locationTier: 'municipality' | 'prefecture' | 'region' | 'none';
    };
    TalentProfile: {
      visibleToEmployers: boolean;
      prefecture: string;
      municipality: string;
    };
    TalentProfileInput: {
      visibleToEmployers: boolean;
      /** @default */
      prefecture?: string;
      /** @default */
      municipality?: string;
    };
    JobApplication: {
      /** Format: uuid */
      id: string;
      opening: {
        /** Format: uuid */
        id: string;
        title: components['schemas']['LocalizedText'];
        organization: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
      };
      applicant: {
        name: string;
        email: string;
      } | null;
      message: string;
      /** @enum {string} */
      stage: 'applied' | 'interview' | 'offer' | 'hired' | 'declined';
      nextStages: ('applied' | 'interview' | 'offer' | 'hired' | 'declined')[];
      declineReason: string | null;
      placement: components['schemas']['Placement'] | null;
      /** @enum {string} */
      viewerIs: 'applicant' | 'employer' | 'admin';
      createdAt: string;
      version: number;
    };
    Placement: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      startOn: string;
      retention6: ('retained' | 'left') | null;
      retention12: ('retained' | 'left') | null;
      /** Format: date */
      due6On: string;
      /** Format: date */
      due12On: string;
      remindersSent: number[];
    };
    JobApplyInput: {
      /** @default */
      message?: string;
    };
    JobApplicationStageInput: {
      /** @enum {string} */
      to: 'applied' | 'interview' | 'offer' | 'hired' | 'declined';
      /** @description Required to decline */
      reason?: string;
      /**
       * Format: date
       * @description On hire: the placement's start (the opening's if not given)
       */
      startOn?: string;
    };
    PlacementRetentionInput: {
      months: 6 | 12;
      /** @enum {string} */
      outcome: 'retained' | 'left';
    };
    WorkforceGap: {
      cluster: string;
      from: number;
      to: number;
      /** @description The day the figures were taken (Japan time) */
      asOf: string;
      defaultCompletionRate: number;
      skills: {
        skill: {
          code: string;
          label: components['schemas']['LocalizedText'];
        };
        demand: number;
        supply: number;
        gap: number;
        years: {
          year: number;
          /** @description New posts to fill in the year */
          demand: number;
          /** @description Expected completions in the year */
          supply: number;
          /** @description Places in the cohorts ending in the year */
          capacity: number;
          /** @description supply − demand; negative is a shortfall */
          gap: number;
          cumulativeGap: number;
          byPhase: {
            phase: number | null;
            demand: number;
          }[];
          byLevel: {
            level: number;
            demand: number;
            supply: number;
          }[];
          facilityIds: string[];
          openingIds: string[];
          tenantPlanIds: string[];
          programmeIds: string[];
        }[];
      }[];
      facilities: components['schemas']['PlannedFacility'][];
      programmes: {
        /** Format: uuid */
        id: string;
        key: string;
        title: components['schemas']['LocalizedText'];
        level: number;
        provider: {
          key: string;
          name: components['schemas']['LocalizedText'];
          prefecture: string | null;
        };
        completionRate: number;
        /** @enum {string} */
        rateBasis: 'history' | 'default';
        illustrative: boolean;
      }[];
      openings: {
        /** Format: uuid */
        id: string;
        title: components['schemas']['LocalizedText'];
        organization: {
          key: string;
          name: components['schemas']['LocalizedText'];
        };
      }[];
      tenantPlans: components['schemas']['HiringPlan'][];
      sites: {
        key: string;
        name: components['schemas']['LocalizedText'];
        prefecture: string | null;
        engineersWithin60Min: number | null;
        source: {
          url?: string;
          asOf?: string;
          note?: string;
        } | null;
        /** @description Expected completions from now to `to` of programmes whose provider is in the prefecture */
        graduatesInPrefecture: number;
        /** @description engineersWithin60Min + graduatesInPrefecture: a what-if value for a siting study */
        withGraduates: number | null;
      }[];
    };
    PlannedFacility: {
      /** Format: uuid */
      id: string;
      name: components['schemas']['LocalizedText'];
      site: {
        key: string;
        name: components['schemas']['LocalizedText'];
        prefecture: string | null;
      };
      profile: {
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      constructionStartYear: number;
      phase: number;
      illustrative: boolean;
    };
    HiringPlan: {
      /** Format: uuid */
      id: string;
      organization: {
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      skill: string;
      level: number;
      year: number;
      headcount: number;
      illustrative: boolean;
    };
    StaffingTable: {
      profile: string;
      /** @description The version of the table as a whole (also its ETag) */
      version: number;
      rows: components['schemas']['StaffingRow'][];
    };
    StaffingRow: {
      skill: string;
      level: number;
      yearOffset: number;
      headcount: number;
      basis: components['schemas']['LocalizedText'];
    };
    StaffingInput: {
      rows: components['schemas']['StaffingRow'][];
    };
    PlannedFacilityInput: {
      /** @default fusion */
      cluster?: string;
      site: string;
      profile: string;
      name: components['schemas']['LocalizedText'];
      constructionStartYear: number;
      /** @description The cluster's phase 1–4; from the profile's facility type if left out */
      phase?: number;
      note?: components['schemas']['LocalizedText'];
      /** @default false */
      illustrative?: boolean;
    };
    HiringPlanInput: {
      /** @description The tenant's key in the directory */
      organization: string;
      skill: string;
      level: number;
      year: number;
      headcount: number;
      /** @default false */
      illustrative?: boolean;
    };
    DeskTopicList: {
      items: components['schemas']['DeskTopic'][];
    };
    DeskTopic: {
      /** @enum {string} */
      code: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
      label: components['schemas']['LocalizedText'];
      firstAnswerDays: number;
      closeDays: number;
    };
    DeskTopicPatch: {
      firstAnswerDays: number;
      closeDays: number;
    };
    ConsultationReceived: {
      /** @enum {boolean} */
      received: true;
      /** Format: date-time */
      receivedAt: string;
    };
    PublicConsultationInput: {
      companyName: string;
      contactName: string;
      /** Format: email */
      email?: string;
      phone?: string;
      /** @enum {string} */
      topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
      message: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      /** @description Leave empty (spam trap) */
      website?: string;
    };
    Consultation: components['schemas']['ConsultationSummary'] & {
      message: string;
      /** @description Private: coordinators, the company’s members and partners who accepted */
      contact: {
        name: string;
        email: string | null;
        phone: string | null;
      } | null;
      referrals: components['schemas']['ConsultationReferralState'][];
      events: components['schemas']['ConsultationEvent'][];
      version: number;
    };
    ConsultationReferralState: {
      /** Format: uuid */
      id: string;
      partner: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      /** @enum {string} */
      state: 'referred' | 'accepted' | 'returned';
      reason: string | null;
      /** Format: date-time */
      referredAt: string;
      respondedAt: string | null;
    };
    ConsultationEvent: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'opened'
        | 'triaged'
        | 'referred'
        | 'accepted'
        | 'returned'
        | 'note'
        | 'answer'
        | 'closed'
        | 'reopened'
        | 'flagged'
        | 'file'
        | 'follow-up';
      /** @enum {string} */
      audience: 'staff' | 'partners' | 'company';
      actorName: string;
      partner: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      body: string | null;
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      at: string;
    };
    ConsultationSummary: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      channel: 'web' | 'app' | 'phone' | 'visit' | 'email';
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      companyName: string;
      /** @enum {string} */
      topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
      excerpt: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      /** @enum {string} */
      status: 'new' | 'triaged' | 'closed';
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      owner: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** Format: date-time */
      receivedAt: string;
      firstAnswerDue: string | null;
      closeDue: string | null;
      firstAnsweredAt: string | null;
      closedAt: string | null;
      followUpOn: string | null;
      overdue: {
        firstAnswer: boolean;
        close: boolean;
      };
      myReferral: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        state: 'referred' | 'accepted' | 'returned';
      } | null;
      illustrative: boolean;
    };
    ConsultationInput: {
      companyName: string;
      contactName: string;
      /** Format: email */
      email?: string;
      phone?: string;
      /** @enum {string} */
      topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
      message: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      /**
       * @description Staff: how it came in (phone, visit, email); a member’s own is always app
       * @enum {string}
       */
      channel?: 'web' | 'app' | 'phone' | 'visit' | 'email';
      /** @description Staff: the member organisation it belongs to, by key; a member’s own is its organisation */
      organization?: string;
    };
    ConsultationList: {
      items: components['schemas']['ConsultationSummary'][];
      total: number;
    };
    ConsultationTriage: {
      /**
       * Format: uuid
       * @description A coordinator account; unset: the caller
       */
      owner?: string;
      /**
       * @default normal
       * @enum {string}
       */
      priority?: 'low' | 'normal' | 'high' | 'urgent';
      /** @enum {string} */
      topic?: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
    };
    ConsultationReferral: {
      partners: string[];
      note?: string;
    };
    ConsultationNote: {
      /**
       * @default note
       * @enum {string}
       */
      kind?: 'note' | 'answer';
      body: string;
      /**
       * @description Who reads a note: staff, partners (default) or company; an answer is always for the company
       * @enum {string}
       */
      audience?: 'staff' | 'partners' | 'company';
    };
    ConsultationClose: {
      /** Format: date */
      followUpOn: string;
      summary?: string;
    };
    ConsultationReopen: {
      reason: string;
    };
    ReferralReturn: {
      reason: string;
    };
    ConsultationAftercare: {
      items: {
        /** Format: uuid */
        id: string;
        /** Format: date-time */
        closedAt: string;
        /** Format: date */
        followUpOn: string;
        remindedAt: string | null;
        /** @description Set when the case was reopened */
        endedAt: string | null;
        /** @description The satisfaction survey’s personal link (path) */
        link: string | null;
        satisfaction: {
          score: number | null;
          choice: string | null;
          plans: string[];
          comment: string | null;
          /** Format: date-time */
          submittedAt: string;
        } | null;
      }[];
    };
    DeskFlag: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'expansion' | 'withdrawal' | 'staff-shortage';
      /** @enum {string} */
      source: 'consultation' | 'survey';
      /** @enum {string} */
      status: 'open' | 'resolved';
      organization: {
        /** Format: uuid */
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      companyName: string;
      consultationId: string | null;
      note: string | null;
      /** @description For a survey flag: the survey, question and answer that raised it */
      evidence: {
        [key: string]: unknown;
      };
      raisedBy: string | null;
      /** Format: date-time */
      raisedAt: string;
      resolvedBy: string | null;
      resolvedAt: string | null;
      resolution: string | null;
      version: number;
    };
    DeskFlagInput: {
      /** @enum {string} */
      kind: 'expansion' | 'withdrawal' | 'staff-shortage';
      note: string;
    };
    DeskFlagList: {
      items: components['schemas']['DeskFlag'][];
      total: number;
      /** @description Open flags per kind */
      openByKind: {
        [key: string]: number;
      };
    };
    DeskFlagResolve: {
      resolution?: string;
      /** @description The version read; a stale one is a 409 */
      version?: number;
    };
    ConsultationFileList: {
      items: components['schemas']['ConsultationFile'][];
    };
    ConsultationFile: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      consultationId: string;
      name: string;
      /** @enum {string} */
      contentType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp';
      byteSize: number;
      sha256: string;
      uploadedBy: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Where the file itself is served */
      url: string;
    };
    DeskFigures: {
      period: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
        /** Format: date */
        today: string;
        months: string[];
      };
      topics: {
        /** @enum {string} */
        code: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
        label: components['schemas']['LocalizedText'];
        firstAnswerDays: number;
        closeDays: number;
      }[];
      byMonth: {
        month: string;
        /** @enum {string} */
        topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
        count: number;
      }[];
      timing: {
        /**
         * @description null: every topic together
         * @enum {string|null}
         */
        topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other' | null;
        received: number;
        targetDays: {
          firstAnswer: number | null;
          close: number | null;
        };
        firstAnswer: {
          count: number;
          medianDays: number | null;
          meanDays: number | null;
          onTarget: number;
          onTargetShare: number | null;
        };
        close: {
          count: number;
          medianDays: number | null;
          meanDays: number | null;
          onTarget: number;
          onTargetShare: number | null;
        };
      }[];
      overdue: {
        /** Format: date */
        asOf: string;
        firstAnswer: number;
        close: number;
        open: number;
        byTopic: {
          /** @enum {string} */
          topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
          firstAnswer: number;
          close: number;
          open: number;
        }[];
      };
      referrals: {
        partner: {
          /** Format: uuid */
          id: string;
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        referred: number;
        accepted: number;
        returned: number;
        pending: number;
        acceptance: number | null;
      }[];
      satisfaction: {
        /** @description true once a case closed in the period has an answer */
        available: boolean;
        /** @description Cases closed in the period whose company was asked */
        asked: number;
        answered: number;
        /** @description 5 very satisfied … 1 very dissatisfied */
        mean: number | null;
        byScore: {
          score: number;
          count: number;
        }[];
      };
    };
    ConsultationSearchResult: {
      items: components['schemas']['ConsultationSearchHit'][];
      total: number;
      /** @description true: there are more hits than `total` (counting stops at 1,000) */
      capped: boolean;
    };
    ConsultationSearchHit: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      topic: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
      /** @enum {string} */
      status: 'new' | 'triaged' | 'closed';
      /** @enum {string} */
      language: 'ja' | 'en';
      companyName: string;
      excerpt: string;
      /** Format: date-time */
      receivedAt: string;
      /** Format: date-time */
      closedAt: string | null;
      answered: boolean;
    };
    ExplainerList: {
      items: components['schemas']['ExplainerSummary'][];
      total: number;
    };
    ExplainerSummary: {
      /** Format: uuid */
      id: string;
      slug: string;
      title: components['schemas']['LocalizedText'];
      summary: components['schemas']['LocalizedText'];
      published: boolean;
      illustrative: boolean;
      /** Format: date-time */
      updatedAt: string;
    };
    Explainer: {
      /** Format: uuid */
      id: string;
      slug: string;
      title: components['schemas']['LocalizedText'];
      summary: components['schemas']['LocalizedText'];
      published: boolean;
      illustrative: boolean;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      body: components['schemas']['LocalizedText'];
      html: components['schemas']['LocalizedText'];
      sources: components['schemas']['PublicSource'][];
    };
    PublicSource: {
      label: string;
      /** Format: uri */
      url?: string;
      /** Format: date */
      asOf?: string;
    };
    ExplainerInput: {
      slug: string;
      title: components['schemas']['LocalizedText'];
      summary: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      /** @default [] */
      sources?: components['schemas']['PublicSource'][];
      /** @default false */
      published?: boolean;
    };
    PublicSubmissionReceived: {
      /** @enum {boolean} */
      received: true;
    };
    AskQuestionInput: {
      question: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      /** @description Shown with the question if given */
      name?: string;
      /**
       * Format: email
       * @description Private: only to tell the asker of the answer
       */
      email?: string;
      /** @description Leave empty (spam trap) */
      website?: string;
    };
    PublicQuestionList: {
      items: components['schemas']['PublicQuestion'][];
      total: number;
    };
    PublicQuestion: {
      /** Format: uuid */
      id: string;
      question: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      askerName: string | null;
      /** Format: date-time */
      askedAt: string;
      publishedAt: string | null;
      answer: {
        text: components['schemas']['LocalizedText'];
        organization: {
          key: string;
          name: components['schemas']['LocalizedText'];
        };
        /** Format: date-time */
        answeredAt: string;
      } | null;
      illustrative: boolean;
    };
    FollowQuestionInput: {
      /** Format: email */
      email: string;
      /** @description Leave empty (spam trap) */
      website?: string;
    };
    ModeratedQuestionList: {
      items: components['schemas']['ModeratedQuestion'][];
      total: number;
    };
    ModeratedQuestion: components['schemas']['PublicQuestion'] & {
      /** @enum {string} */
      status: 'pending' | 'published' | 'merged' | 'rejected';
      email: string | null;
      rejectReason: string | null;
      mergedInto: string | null;
      followers: number;
    };
    PublishQuestionInput: {
      answer?: components['schemas']['QuestionAnswerInput'];
    };
    QuestionAnswerInput: {
      text: components['schemas']['LocalizedText'];
      /** @description The answering organisation, by key */
      organization: string;
    };
    AnswerQuestionInput: {
      answer: components['schemas']['QuestionAnswerInput'];
    };
    MergeQuestionInput: {
      /** Format: uuid */
      into: string;
    };
    RejectQuestionInput: {
      reason: string;
    };
    FaqList: {
      items: components['schemas']['FaqEntry'][];
      total: number;
    };
    FaqEntry: {
      /** Format: uuid */
      id: string;
      question: components['schemas']['LocalizedText'];
      answer: components['schemas']['LocalizedText'];
      published: boolean;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    FaqInput: {
      question: components['schemas']['LocalizedText'];
      answer: components['schemas']['LocalizedText'];
      /**
       * Format: uuid
       * @description The consultation it comes from; never shown publicly
       */
      consultation?: string;
      /** @default true */
      published?: boolean;
    };
    FaqPatch: {
      question?: components['schemas']['LocalizedText'];
      answer?: components['schemas']['LocalizedText'];
      published?: boolean;
    };
    AgreementList: {
      items: components['schemas']['AgreementSummary'][];
      total: number;
    };
    AgreementSummary: {
      id: string;
      key: string;
      /** @enum {string} */
      kind: 'memorandum' | 'joint-statement' | 'partnership' | 'regional-agreement';
      title: components['schemas']['LocalizedText'];
      summary: components['schemas']['LocalizedText'];
      signedOn: string | null;
      /** @enum {string} */
      status: 'draft' | 'active' | 'expired' | 'terminated';
      renewalOn: string | null;
      source: {
        url?: string;
        asOf?: string;
        note?: string;
      } | null;
      illustrative: boolean;
      version: number;
      parties: components['schemas']['AgreementParty'][];
      areas: components['schemas']['AgreementArea'][];
      quietAreas: number;
      activityCount: number;
      /** @description The viewer may record activities (a coordinator or a party) */
      mayRecord: boolean;
    };
    AgreementParty: {
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
    };
    AgreementArea: {
      key: string;
      name: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      /** @description The tag bulletins carry for this area */
      tag: string;
      lastActivityOn: string | null;
      activitiesLastYear: number;
      /** @description Nothing recorded under this area in the last year */
      quiet: boolean;
    };
    Agreement: components['schemas']['AgreementSummary'] & {
      activities: components['schemas']['AgreementActivity'][];
      chart: components['schemas']['AgreementActivityChart'];
      /** @description The date (Japan) the quiet flags were computed for */
      today: string;
    };
    AgreementActivity: {
      id: string;
      /** @description Send it back in If-Match to edit or delete */
      version: number;
      area: string;
      /** @enum {string} */
      kind: 'mission' | 'joint-workshop' | 'staff-exchange' | 'joint-project' | 'bulletin';
      title: components['schemas']['LocalizedText'];
      occurredOn: string;
      participants: components['schemas']['AgreementParty'][];
      participantNote: components['schemas']['LocalizedText'];
      outcome: components['schemas']['LocalizedText'];
      illustrative: boolean;
    };
    AgreementActivityChart: {
      /** @description YYYY-MM, oldest first */
      months: string[];
      /** @description counts[area][month], areas in order */
      counts: number[][];
    };
    AgreementInput: {
      key: string;
      /** @enum {string} */
      kind: 'memorandum' | 'joint-statement' | 'partnership' | 'regional-agreement';
      title: components['schemas']['LocalizedText'];
      summary?: components['schemas']['LocalizedText'];
      /** @description The parties' organisation keys (at least two) */
      parties: string[];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @default null
       * @example 2024-04-09
       */
      signedOn?: string | null;
      /**
       * @default active
       * @enum {string}
       */
      status?: 'draft' | 'active' | 'expired' | 'terminated';
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @default null
       * @example 2024-04-09
       */
      renewalOn?: string | null;
      /** @default null */
      source?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      } | null;
      /** @description The areas of cooperation, in the order the agreement lists them */
      areas: components['schemas']['AgreementAreaInput'][];
    };
    AgreementAreaInput: {
      key: string;
      name: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
    };
    AgreementPatch: {
      /** @enum {string} */
      kind?: 'memorandum' | 'joint-statement' | 'partnership' | 'regional-agreement';
      title?: components['schemas']['LocalizedText'];
      summary?: components['schemas']['LocalizedText'];
      /** @description The parties' organisation keys (at least two) */
      parties?: string[];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2024-04-09
       */
      signedOn?: string | null;
      /** @enum {string} */
      status?: 'draft' | 'active' | 'expired' | 'terminated';
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2024-04-09
       */
      renewalOn?: string | null;
      source?: {
        /** Format: uri */
        url: string;
        /** Format: date */
        asOf?: string;
        note?: string;
      } | null;
      /** @description Areas added after the existing ones */
      addAreas?: components['schemas']['AgreementAreaInput'][];
    };
    AgreementActivityInput: {
      /** @description The area's key within this agreement */
      area: string;
      /** @enum {string} */
      kind: 'mission' | 'joint-workshop' | 'staff-exchange' | 'joint-project' | 'bulletin';
      title: components['schemas']['LocalizedText'];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2024-04-09
       */
      occurredOn: string;
      /**
       * @description Participating organisation keys
       * @default []
       */
      participants?: string[];
      participantNote?: components['schemas']['LocalizedText'];
      outcome?: components['schemas']['LocalizedText'];
    };
    BulletinList: {
      items: components['schemas']['Bulletin'][];
      total: number;
      /** @description The viewer may publish bulletins */
      mayPublish: boolean;
    };
    Bulletin: {
      id: string;
      /** @enum {string} */
      kind: 'regulation-news' | 'market-news' | 'success-case' | 'call-for-proposals';
      title: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      technologies: string[];
      areas: string[];
      tags: string[];
      /** @enum {string} */
      audience: 'public' | 'members' | 'partners';
      author: {
        key: string;
        name: components['schemas']['LocalizedText'];
      } | null;
      publishedAt: string;
      illustrative: boolean;
      version: number;
      mayEdit: boolean;
    };
    BulletinSubscriptions: {
      tags: string[];
    };
    BulletinInput: {
      /** @enum {string} */
      kind: 'regulation-news' | 'market-news' | 'success-case' | 'call-for-proposals';
      title: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      /**
       * @description Technology codes
       * @default []
       * @example [
       *   "MAG.hts"
       * ]
       */
      technologies?: string[];
      /**
       * @description Agreement areas, area:<agreement>/<area>
       * @default []
       * @example [
       *   "area:jfusion-fusion-cluster-mou/information-sharing"
       * ]
       */
      areas?: string[];
      /**
       * @default public
       * @enum {string}
       */
      audience?: 'public' | 'members' | 'partners';
    };
    BulletinPatch: {
      /** @enum {string} */
      kind?: 'regulation-news' | 'market-news' | 'success-case' | 'call-for-proposals';
      title?: components['schemas']['LocalizedText'];
      body?: components['schemas']['LocalizedText'];
      /**
       * @description Technology codes
       * @example [
       *   "MAG.hts"
       * ]
       */
      technologies?: string[];
      /**
       * @description Agreement areas, area:<agreement>/<area>
       * @example [
       *   "area:jfusion-fusion-cluster-mou/information-sharing"
       * ]
       */
      areas?: string[];
      /** @enum {string} */
      audience?: 'public' | 'members' | 'partners';
    };
    AllianceGroupList: {
      items: components['schemas']['AllianceGroupSummary'][];
      total: number;
    };
    AllianceGroupSummary: {
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      illustrative: boolean;
      members: {
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        lead: boolean;
      }[];
      /** @description The viewer's organisation belongs to the group */
      isMember: boolean;
    };
    AllianceGroup: {
      id: string;
      key: string;
      name: components['schemas']['LocalizedText'];
      description: components['schemas']['LocalizedText'];
      illustrative: boolean;
      members: {
        id: string;
        key: string;
        name: components['schemas']['LocalizedText'];
        lead: boolean;
      }[];
      /** @description The viewer's organisation belongs to the group */
      isMember: boolean;
      mayRecordMeetings: boolean;
      /** @description Meeting records: the group's members and coordinators only */
      meetings: {
        id: string;
        /** @description Send it back in If-Match to edit or delete */
        version: number;
        heldOn: string;
        title: components['schemas']['LocalizedText'];
        minutes: components['schemas']['LocalizedText'];
        actionItems: {
          id: string;
          text: components['schemas']['LocalizedText'];
          owner: {
            key: string;
            name: components['schemas']['LocalizedText'];
          } | null;
          dueOn: string | null;
          /** @enum {string} */
          status: 'open' | 'done';
        }[];
      }[];
      documents: {
        id: string;
        /** @enum {string} */
        kind: 'link' | 'file';
        title: components['schemas']['LocalizedText'];
        /** @description A link's address, or where an uploaded file is served */
        url: string;
        /** @enum {string} */
        visibility: 'group' | 'members';
        fileName: string | null;
        /** @enum {string|null} */
        contentType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp' | null;
        byteSize: number | null;
        createdAt: string;
        /** @description The viewer shared it, or is of the lead organisation, or a coordinator */
        mayDelete: boolean;
      }[];
    };
    AllianceGroupInput: {
      key: string;
      name: components['schemas']['LocalizedText'];
      description?: components['schemas']['LocalizedText'];
      /** @description Member organisation keys */
      members: string[];
      /** @description The lead organisation's key (one of the members) */
      lead: string;
    };
    AllianceGroupMembers: {
      /** @description Member organisation keys */
      members: string[];
      /** @description The lead organisation's key (one of the members) */
      lead: string;
    };
    AllianceMeetingInput: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      heldOn: string;
      title: components['schemas']['LocalizedText'];
      minutes?: components['schemas']['LocalizedText'];
      /** @default [] */
      actionItems?: {
        text: components['schemas']['LocalizedText'];
        /** @default null */
        owner?: string | null;
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         * @default null
         */
        dueOn?: string | null;
      }[];
    };
    AllianceDocumentInput: {
      title: components['schemas']['LocalizedText'];
      /** Format: uri */
      url: string;
      /**
       * @default group
       * @enum {string}
       */
      visibility?: 'group' | 'members';
    };
    ClusterSummary: {
      key: string;
      name: components['schemas']['LocalizedText'];
      phases: number;
      currentPhase: number | null;
    };
    ClusterComparison: {
      asOf: string;
      clusters: {
        key: string;
        name: components['schemas']['LocalizedText'];
        currentPhase: number | null;
      }[];
      indicators: {
        key: string;
        label: {
          ja: string;
          en: string;
        };
        unit: {
          ja: string;
          en: string;
        };
        /** @enum {string} */
        direction: 'higher' | 'lower';
        values: {
          value: number | null;
          target: number | null;
          status: string;
        }[];
      }[];
    };
    ClusterPlan: {
      cluster: {
        key: string;
        name: components['schemas']['LocalizedText'];
      };
      phases: components['schemas']['ClusterPhase'][];
      milestones: components['schemas']['ClusterMilestone'][];
      currentPhase: components['schemas']['ClusterPhaseSetting'] | null;
      phaseHistory: components['schemas']['ClusterPhaseSetting'][];
      context: components['schemas']['ClusterContextFact'][];
    };
    ClusterPhase: {
      ordinal: number;
      name: components['schemas']['LocalizedText'];
      support: components['schemas']['LocalizedText'];
      source: components['schemas']['ClusterSource'];
    };
    ClusterSource: {
      /** Format: uri */
      url?: string;
      seed?: string;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      asOf: string;
    };
    ClusterMilestone: {
      /** Format: uuid */
      id: string;
      key: string;
      /** @enum {string} */
      scope: 'national' | 'regional';
      title: components['schemas']['LocalizedText'];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      targetDate: string;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      actualDate: string | null;
      source: components['schemas']['ClusterSource'] | null;
      /** @description From the cluster's data file */
      shipped: boolean;
      version: number;
    };
    ClusterPhaseSetting: {
      /** Format: uuid */
      id: string;
      phase: number;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      setOn: string;
      note: components['schemas']['LocalizedText'];
      createdAt: string;
    };
    ClusterContextFact: {
      key: string;
      label: components['schemas']['LocalizedText'];
      value: number;
      unit: string;
      source: components['schemas']['ClusterSource'];
    };
    ClusterDashboard: components['schemas']['ClusterPlan'] & {
      asOf: string;
      region: string | null;
      months: string[];
      indicators: components['schemas']['ClusterIndicator'][];
      notComputed: {
        key: string;
        explanation: {
          ja: string;
          en: string;
        };
      }[];
      notes: {
        year: number;
        body: components['schemas']['LocalizedText'];
        version: number;
      }[];
    };
    ClusterIndicator: {
      key: string;
      module: string;
      label: {
        ja: string;
        en: string;
      };
      unit: {
        ja: string;
        en: string;
      };
      /** @enum {string} */
      direction: 'higher' | 'lower';
      aggregation: string;
      explanation: {
        ja: string;
        en: string;
      };
      /** @description One figure per month of `months` */
      series: (number | null)[];
      /** @description Compared with the target: a flow summed over the 12 months to asOf, else the last figure */
      value: number | null;
      target: number | null;
      /** @enum {string} */
      status: 'on-track' | 'behind' | 'no-target' | 'no-data';
      breakdown:
        | {
            part: string;
            n: number;
          }[]
        | null;
    };
    ClusterIndicatorRecords: {
      indicator: string;
      month: string;
      items: {
        id: string;
        at: string;
        /** Format: uuid */
        organizationId: string | null;
        label: components['schemas']['LocalizedText'];
        value: number | null;
        part: string[] | null;
      }[];
      total: number;
    };
    ClusterTargets: {
      items: {
        indicator: string;
        phase: number;
        target: number;
      }[];
    };
    ClusterTargetsInput: {
      targets: {
        /** @enum {string} */
        indicator:
          | 'organizations-in-region'
          | 'members'
          | 'technology-coverage'
          | 'technology-gaps'
          | 'needs-posted'
          | 'seeds-posted'
          | 'introductions'
          | 'introduction-conversion'
          | 'survey-response-rate'
          | 'members-planning-site'
          | 'sites-evaluated'
          | 'facilities-committed'
          | 'tenants'
          | 'occupancy'
          | 'graduations'
          | 'trainees'
          | 'completions'
          | 'placements'
          | 'open-positions'
          | 'workforce-gap'
          | 'consultations'
          | 'time-to-answer'
          | 'events-held'
          | 'attendance'
          | 'companies-reached'
          | 'agreement-activities';
        phase: number;
        /** @description null removes the target */
        target: number | null;
      }[];
    };
    ClusterPhaseInput: {
      phase: number;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      setOn: string;
      note?: components['schemas']['LocalizedText'];
    };
    ClusterMilestoneInput: {
      key: string;
      title: components['schemas']['LocalizedText'];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      targetDate: string;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @default null
       * @example 2027-03-31
       */
      actualDate?: string | null;
      /** @default null */
      source?: components['schemas']['ClusterSource'] | null;
    };
    ClusterMilestonePatch: {
      title?: components['schemas']['LocalizedText'];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      targetDate?: string;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      actualDate?: string | null;
      source?: components['schemas']['ClusterSource'] | null;
    };
    ClusterNote: {
      year: number;
      body: components['schemas']['LocalizedText'];
      version: number;
    };
    ClusterNoteInput: {
      body: components['schemas']['LocalizedText'];
    };
    ClusterMembershipInput: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       * @example 2027-03-31
       */
      joinedOn: string;
    };
  };
  responses: never;
  parameters: {};
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {
  /** @description Access: anyone. */
  getHealth: {
    responses: {
      /** @description The server, its database engine and its migration state */
      200: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            /** @enum {string} */
            engine: 'pglite' | 'postgres';
            migrations: {
              applied: number;
              shipped: number;
              upToDate: boolean;
            };
          };
        };
      };
    };
  };
  /**
   * Settings the web app needs from the server configuration
   * @description Access: anyone.
   */
  getClientConfig: {
    responses: {
      /** @description Public, non-secret settings for the browser */
      200: {
        content: {
          'application/json': {
            map: {
              /** @description XYZ raster tile template (MAP_TILE_URL); null: draw the offline basemap */
              tileUrl: string | null;
              tileAttribution: string | null;
            };
          };
        };
      };
    };
  };
  /** @description Access: anyone. */
  login: {
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Signed in; the session cookie is set */
      200: {
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many attempts */
      429: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  logout: {
    responses: {
      /** @description Signed out */
      204: {
        content: never;
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getSession: {
    responses: {
      /** @description The signed-in user, or null */
      200: {
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
    };
  };
  /**
   * Accounts (admin)
   * @description Access: admin role.
   */
  listUsers: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Accounts */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Account'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Create an account (admin)
   * @description Access: admin role.
   */
  createUser: {
    requestBody: {
      content: {
        'application/json': components['schemas']['UserInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change an account's name, role or organisation, or disable / re-enable it (admin)
   * @description Disabling ends all of its sessions at once; a disabled account cannot sign in.
   *
   * Access: admin role.
   */
  changeUser: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountChange'];
      };
    };
    responses: {
      /** @description The account as changed */
      200: {
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Mail the account a one-time link to set a new password (admin)
   * @description Access: admin role.
   */
  sendPasswordReset: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Sent (or put in the outbox) */
      202: {
        content: {
          'application/json': components['schemas']['ResetLinkSent'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Invite a person by e-mail: the account is made, and a one-time link lets them set a password (admin)
   * @description Access: admin role.
   */
  inviteUser: {
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationInput'];
      };
    };
    responses: {
      /** @description Invited */
      201: {
        content: {
          'application/json': components['schemas']['InvitationSent'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Send an invited account a fresh invitation; the earlier link stops working (admin)
   * @description Access: admin role.
   */
  resendInvitation: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Sent (or put in the outbox) */
      202: {
        content: {
          'application/json': components['schemas']['ResetLinkSent'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Accept an invitation: set your password with the token from the invitation link
   * @description The link works once and expires. Answers the e-mail to sign in with.
   *
   * Access: anyone.
   */
  acceptInvitation: {
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationAccept'];
      };
    };
    responses: {
      /** @description Password set */
      200: {
        content: {
          'application/json': components['schemas']['InvitationAccepted'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No longer valid (an expired link) */
      410: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Set a new password with the token from a reset link
   * @description Ends every session of the account. The link works once and expires.
   *
   * Access: anyone.
   */
  resetPassword: {
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordReset'];
      };
    };
    responses: {
      /** @description Password set */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No longer valid (an expired link) */
      410: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change your own password
   * @description Needs the current password; ends the account's other sessions.
   *
   * Access: any signed-in account; the record decides the rest.
   */
  changeOwnPassword: {
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordChange'];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        content: {
          'application/json': {
            sessionsEnded: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many attempts */
      429: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your sessions, the current one marked
   * @description Access: any signed-in account; the record decides the rest.
   */
  listOwnSessions: {
    responses: {
      /** @description Sessions */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['OwnSession'][];
            total: number;
          };
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * End one of your sessions
   * @description Access: any signed-in account; the record decides the rest.
   */
  revokeOwnSession: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Ended */
      204: {
        content: never;
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Who changed what and when, newest first, filtered by user, action, record and time (admin)
   * @description Access: admin role.
   */
  listAuditEntries: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number | null;
        /** @description Kind of record: organization, need, survey… */
        entity?: string;
        entityId?: string;
        /** @description The acting user's id */
        actor?: string;
        action?: string;
        /** @description Part of the record's key, or its exact id */
        record?: string;
        /** @description From this instant (inclusive) */
        from?: string;
        /** @description Until this instant (exclusive) */
        to?: string;
      };
    };
    responses: {
      /** @description Audit entries */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The actions and kinds of record in the log, to filter by (admin)
   * @description Access: admin role.
   */
  getAuditVocabulary: {
    responses: {
      /** @description Actions and kinds of record */
      200: {
        content: {
          'application/json': components['schemas']['AuditVocabulary'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  listClusters: {
    responses: {
      /** @description Industry clusters hosted here */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Cluster'][];
            total: number;
          };
        };
      };
    };
  };
  /**
   * The technology taxonomy with organisation counts
   * @description Access: anyone.
   */
  listTechnologies: {
    parameters: {
      query?: {
        cluster?: string;
      };
    };
    responses: {
      /** @description Codes in taxonomy order */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Technology'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Labels for kinds, roles, application fields, memberships and prefectures in use
   * @description Access: anyone.
   */
  getVocabulary: {
    parameters: {
      query?: {
        cluster?: string;
      };
    };
    responses: {
      /** @description Vocabularies */
      200: {
        content: {
          'application/json': {
            kinds: {
              code: string;
              label: components['schemas']['LocalizedText'];
            }[];
            roles: {
              code: string;
              label: components['schemas']['LocalizedText'];
            }[];
            applications: {
              code: string;
              label: components['schemas']['LocalizedText'];
            }[];
            memberships: {
              key: string;
              name: components['schemas']['LocalizedText'];
            }[];
            prefectures: {
              country: string | null;
              prefecture: string;
              organizations: number;
            }[];
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The home page for the caller: what needs action (coordinator), the organisation's own needs, seeds, introductions, notices and surveys (member), or the cluster in figures (visitor)
   * @description Access: anyone.
   */
  getHome: {
    responses: {
      /** @description Home page */
      200: {
        content: {
          'application/json': components['schemas']['Home'];
        };
      };
    };
  };
  /**
   * Search and filter organisations
   * @description Access: anyone.
   */
  listOrganizations: {
    parameters: {
      query?: {
        /** @description Free text, Japanese or English */
        q?: string;
        key?: string;
        cluster?: string;
        /** @description Technology codes (a parent includes its children); several separated by commas match any of them */
        technology?: string;
        /** @description Organisation kinds; several separated by commas match any of them */
        kind?: string;
        /** @description Supply-chain roles; several separated by commas match any of them */
        role?: string;
        prefecture?: string;
        /** @description A region: `tohoku` (the six prefectures), one of them (`aomori`, `iwate`, `miyagi`, `akita`, `yamagata`, `fukushima`), `japan`, `abroad`, another heat-map region (`kanto`…) or a country code */
        region?: string;
        country?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Unpublished profiles are visible to admins and to their own members only */
        status?: 'published' | 'unpublished' | 'all';
        limit?: number;
        offset?: number | null;
        /** @description `relevance`: matches in the name first, then by name (without text, name order); `name`: by name in the language asked for (Accept-Language: Japanese collation, or the English name); `updated`: most recently changed first */
        sort?: 'relevance' | 'name' | 'updated';
      };
    };
    responses: {
      /** @description Ranked page of organisations */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Organization'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add an organisation (admin)
   * @description Access: admin role.
   */
  createOrganization: {
    requestBody: {
      content: {
        'application/json': components['schemas']['OrganizationInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The filtered directory as CSV or Excel
   * @description Access: anyone.
   */
  exportOrganizations: {
    parameters: {
      query?: {
        /** @description Free text, Japanese or English */
        q?: string;
        key?: string;
        cluster?: string;
        /** @description Technology codes (a parent includes its children); several separated by commas match any of them */
        technology?: string;
        /** @description Organisation kinds; several separated by commas match any of them */
        kind?: string;
        /** @description Supply-chain roles; several separated by commas match any of them */
        role?: string;
        prefecture?: string;
        /** @description A region: `tohoku` (the six prefectures), one of them (`aomori`, `iwate`, `miyagi`, `akita`, `yamagata`, `fukushima`), `japan`, `abroad`, another heat-map region (`kanto`…) or a country code */
        region?: string;
        country?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Unpublished profiles are visible to admins and to their own members only */
        status?: 'published' | 'unpublished' | 'all';
        /** @description `relevance`: matches in the name first, then by name (without text, name order); `name`: by name in the language asked for (Accept-Language: Japanese collation, or the English name); `updated`: most recently changed first */
        sort?: 'relevance' | 'name' | 'updated';
        format?: 'csv' | 'xlsx';
      };
    };
    responses: {
      /** @description A spreadsheet file */
      200: {
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * How many matches each region and prefecture filter would give with the other filters
   * @description Access: anyone.
   */
  getOrganizationFacets: {
    parameters: {
      query?: {
        /** @description Free text, Japanese or English */
        q?: string;
        key?: string;
        cluster?: string;
        /** @description Technology codes (a parent includes its children); several separated by commas match any of them */
        technology?: string;
        /** @description Organisation kinds; several separated by commas match any of them */
        kind?: string;
        /** @description Supply-chain roles; several separated by commas match any of them */
        role?: string;
        prefecture?: string;
        /** @description A region: `tohoku` (the six prefectures), one of them (`aomori`, `iwate`, `miyagi`, `akita`, `yamagata`, `fukushima`), `japan`, `abroad`, another heat-map region (`kanto`…) or a country code */
        region?: string;
        country?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Unpublished profiles are visible to admins and to their own members only */
        status?: 'published' | 'unpublished' | 'all';
      };
    };
    responses: {
      /** @description Regions, and prefectures in JIS order then places abroad */
      200: {
        content: {
          'application/json': components['schemas']['OrganizationFacets'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Every filtered organisation that has coordinates, in a compact columnar encoding, for a map
   * @description Access: anyone.
   */
  listOrganizationPoints: {
    parameters: {
      query?: {
        /** @description Free text, Japanese or English */
        q?: string;
        key?: string;
        cluster?: string;
        /** @description Technology codes (a parent includes its children); several separated by commas match any of them */
        technology?: string;
        /** @description Organisation kinds; several separated by commas match any of them */
        kind?: string;
        /** @description Supply-chain roles; several separated by commas match any of them */
        role?: string;
        prefecture?: string;
        /** @description A region: `tohoku` (the six prefectures), one of them (`aomori`, `iwate`, `miyagi`, `akita`, `yamagata`, `fukushima`), `japan`, `abroad`, another heat-map region (`kanto`…) or a country code */
        region?: string;
        country?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Unpublished profiles are visible to admins and to their own members only */
        status?: 'published' | 'unpublished' | 'all';
      };
    };
    responses: {
      /** @description All placed matches, in name order, not paged, in columns */
      200: {
        content: {
          'application/json': components['schemas']['OrganizationPoints'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Organisations by name (either language, whole or in part), key or id: the accounts page picker (admin)
   * @description Whole matches first. The command line resolves --organization with the same matching.
   *
   * Access: admin role.
   */
  lookupOrganizations: {
    parameters: {
      query: {
        q: string;
      };
    };
    responses: {
      /** @description Up to 20 candidates */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['OrganizationChoice'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getOrganization: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The organisation */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete an organisation (admin)
   * @description Access: admin role.
   */
  deleteOrganization: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change an organisation (admin, or a member for its own)
   * @description Access: any signed-in account; the record decides the rest.
   */
  updateOrganization: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrganizationPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The organisation as a hub: its open needs and seeds, its relations, and (for its own members and coordinators) its introductions
   * @description Anonymous needs and seeds never appear here: the profile names their owner.
   *
   * Access: anyone.
   */
  getOrganizationActivity: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Activity */
      200: {
        content: {
          'application/json': components['schemas']['OrganizationActivity'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Contact persons, with the consent each gave (signed-in users only)
   * @description Access: any signed-in account; the record decides the rest.
   */
  listOrganizationContacts: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Contacts */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Contact'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a contact person with their consent (the organisation's own members, or a coordinator)
   * @description Access: any signed-in account; the record decides the rest.
   */
  createOrganizationContact: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactInput'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Remove a contact person (the organisation's own members, or a coordinator)
   * @description Access: any signed-in account; the record decides the rest.
   */
  deleteOrganizationContact: {
    parameters: {
      path: {
        id: string;
        contactId: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change a contact person (the organisation's own members, or a coordinator)
   * @description Access: any signed-in account; the record decides the rest.
   */
  updateOrganizationContact: {
    parameters: {
      path: {
        id: string;
        contactId: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactPatch'];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Import a data bundle (admin): all-or-nothing, idempotent by key
   * @description Access: admin role.
   */
  importBundle: {
    parameters: {
      query?: {
        /** @description Return 202 and a job to poll for progress */
        async?: 'true' | 'false';
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Bundle'];
      };
    };
    responses: {
      /** @description Imported */
      200: {
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description Started; poll the job for progress */
      202: {
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Bundle rejected; details list every error by path */
      422: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin role. */
  getImportJob: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The job */
      200: {
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Export the data bundle (everything for an admin, published profiles otherwise)
   * @description Access: anyone.
   */
  exportBundle: {
    parameters: {
      query?: {
        /** @description Only this cluster's organisations */
        cluster?: string;
      };
    };
    responses: {
      /** @description The bundle */
      200: {
        content: {
          'application/json': components['schemas']['Bundle'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Technology × region: distinct organisations per code (a parent covers its children) and region
   * @description Access: anyone.
   */
  getIndustryHeatmap: {
    parameters: {
      query?: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description Supply-chain roles */
        role?: string;
      };
    };
    responses: {
      /** @description The grid */
      200: {
        content: {
          'application/json': components['schemas']['Heatmap'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The organisations behind a figure (a heat-map cell: technology + region), in name order
   * @description Access: anyone.
   */
  listIndustryMapOrganizations: {
    parameters: {
      query?: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description Technology codes; a parent includes its children */
        technology?: string;
        /** @description A heat-map column (aomori, iwate, miyagi, akita, yamagata, fukushima, hokkaido, kanto, chubu, kinki, chugoku, shikoku, kyushu-okinawa, a country code such as GB, japan-unspecified, unspecified) or a scope (tohoku, japan) */
        region?: string;
        /** @description Supply-chain roles */
        role?: string;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description A page of organisations */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Organization'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Organisations with a capability, by supply-chain role (developer → … → public)
   * @description Access: anyone.
   */
  getSupplyChain: {
    parameters: {
      query: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description A technology code; a parent includes its children */
        technology: string;
        /** @description Organisations listed per role (each role also reports its full count) */
        limit?: number;
      };
    };
    responses: {
      /** @description Columns by role */
      200: {
        content: {
          'application/json': components['schemas']['SupplyChain'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Organisations linked by relations and memberships, for a force-directed graph
   * @description Access: anyone.
   */
  getRelationNetwork: {
    parameters: {
      query?: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description Relation types: membership, partnership, supplier-customer, joint-research, investment */
        type?: string;
        /** @description Technology codes; a link is drawn when either end has one of them */
        technology?: string;
        /** @description Links drawn at most (a force layout in a browser slows down past a few hundred) */
        limit?: number;
      };
    };
    responses: {
      /** @description Nodes and links */
      200: {
        content: {
          'application/json': components['schemas']['Network'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Demand against national and local supply per technology; demand without local supply first
   * @description Access: anyone.
   */
  getSupplyGaps: {
    parameters: {
      query?: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description Where supply counts as local: aomori, tohoku, japan, or any A heat-map column (aomori, iwate, miyagi, akita, yamagata, fukushima, hokkaido, kanto, chubu, kinki, chugoku, shikoku, kyushu-okinawa, a country code such as GB, japan-unspecified, unspecified) or a scope (tohoku, japan) */
        region?: string;
      };
    };
    responses: {
      /** @description Rows, gaps first */
      200: {
        content: {
          'application/json': components['schemas']['Gaps'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Capable organisations for chosen technologies, ranked and explained, local ones first on ties
   * @description Access: anyone.
   */
  getSupplierShortlist: {
    parameters: {
      query?: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description Technology codes the buyer needs (at least one) */
        technology?: string;
        /** @description Organisations here rank first. A heat-map column (aomori, iwate, miyagi, akita, yamagata, fukushima, hokkaido, kanto, chubu, kinki, chugoku, shikoku, kyushu-okinawa, a country code such as GB, japan-unspecified, unspecified) or a scope (tohoku, japan) */
        region?: string;
        /** @description Supply-chain roles */
        role?: string;
        limit?: number;
      };
    };
    responses: {
      /** @description Ranked list */
      200: {
        content: {
          'application/json': components['schemas']['Shortlist'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The same shortlist as an Excel workbook
   * @description Access: anyone.
   */
  exportSupplierShortlist: {
    parameters: {
      query?: {
        /** @description Only organisations of this cluster */
        cluster?: string;
        /** @description Organisation kinds */
        kind?: string;
        /** @description Key of an association */
        membership?: string;
        /** @description Admins may count unpublished profiles too (`all`); everyone else sees published ones only */
        status?: 'published' | 'all';
        /** @description Technology codes the buyer needs (at least one) */
        technology?: string;
        /** @description Organisations here rank first. A heat-map column (aomori, iwate, miyagi, akita, yamagata, fukushima, hokkaido, kanto, chubu, kinki, chugoku, shikoku, kyushu-okinawa, a country code such as GB, japan-unspecified, unspecified) or a scope (tohoku, japan) */
        region?: string;
        /** @description Supply-chain roles */
        role?: string;
        limit?: number;
      };
    };
    responses: {
      /** @description An xlsx workbook */
      200: {
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Rank alternatives by WSM, WPM, TOPSIS or PROMETHEE II (a calculator: no sign-in needed)
   * @description Access: anyone.
   */
  evaluateSites: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SitingProblem'];
      };
    };
    responses: {
      /** @description Ranked alternatives, best first */
      200: {
        content: {
          'application/json': components['schemas']['SitingEvaluation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Weights from pairwise judgements, with Saaty's consistency ratio
   * @description Access: anyone.
   */
  weighCriteriaByAhp: {
    requestBody: {
      content: {
        'application/json': components['schemas']['AhpJudgements'];
      };
    };
    responses: {
      /** @description Weights and consistency */
      200: {
        content: {
          'application/json': components['schemas']['AhpResult'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Candidate sites with their attributes and sources (public)
   * @description Access: anyone.
   */
  listSites: {
    parameters: {
      query?: {
        key?: string;
        prefecture?: string;
        kind?: 'development-zone' | 'industrial-park' | 'parcel' | 'research-campus';
      };
    };
    responses: {
      /** @description Sites */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Site'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a site (admin)
   * @description Access: admin role.
   */
  createSite: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SiteInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['Site'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getSite: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Site */
      200: {
        content: {
          'application/json': components['schemas']['Site'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Replace a site (admin)
   * @description Access: admin role.
   */
  replaceSite: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SiteInput'];
      };
    };
    responses: {
      /** @description Replaced */
      200: {
        content: {
          'application/json': components['schemas']['Site'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a site (admin)
   * @description Access: admin role.
   */
  deleteSite: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * All siting profiles
   * @description Access: anyone.
   */
  listSitingprofiles: {
    parameters: {
      query?: {
        key?: string;
      };
    };
    responses: {
      /** @description Siting profiles */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['SitingProfile'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a siting profile (admin)
   * @description Access: admin role.
   */
  createSitingprofile: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SitingProfileInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['SitingProfile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getSitingprofile: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Siting profile */
      200: {
        content: {
          'application/json': components['schemas']['SitingProfile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Replace a siting profile (admin)
   * @description Access: admin role.
   */
  replaceSitingprofile: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SitingProfileInput'];
      };
    };
    responses: {
      /** @description Replaced */
      200: {
        content: {
          'application/json': components['schemas']['SitingProfile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a siting profile (admin)
   * @description Access: admin role.
   */
  deleteSitingprofile: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your studies and the shared ones, newest first (an admin's: all)
   * @description Access: any signed-in account; the record decides the rest.
   */
  listSitingStudies: {
    responses: {
      /** @description Studies, newest first */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['SitingStudySummary'][];
            total: number;
          };
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Run and keep a study of stored sites against a profile (signed in)
   * @description Access: any signed-in account; the record decides the rest.
   */
  createSitingStudy: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SitingStudyInput'];
      };
    };
    responses: {
      /** @description The study with its outcome */
      201: {
        content: {
          'application/json': components['schemas']['SitingStudy'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: any signed-in account; the record decides the rest. */
  getSitingStudy: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The study */
      200: {
        content: {
          'application/json': components['schemas']['SitingStudy'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a study (its author or an admin)
   * @description Access: any signed-in account; the record decides the rest.
   */
  deleteSitingStudy: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Share a study with every signed-in user, or stop sharing it (its author or an admin)
   * @description Access: any signed-in account; the record decides the rest.
   */
  shareSitingStudy: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SitingStudySharing'];
      };
    };
    responses: {
      /** @description The study */
      200: {
        content: {
          'application/json': components['schemas']['SitingStudy'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The study as a workbook: summary, ranking, exclusions, sensitivity, acceptability, sources
   * @description Access: any signed-in account; the record decides the rest.
   */
  getSitingStudyReport: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description An xlsx workbook */
      200: {
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Copy a study you can read into a new one of yours (not shared)
   * @description Access: any signed-in account; the record decides the rest.
   */
  copySitingStudy: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SitingStudyCopy'];
      };
    };
    responses: {
      /** @description The copy */
      201: {
        content: {
          'application/json': components['schemas']['SitingStudy'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Surveys with their response counts (admin); the coordinator's own unless another origin is asked for
   * @description Access: admin role.
   */
  listSurveys: {
    parameters: {
      query?: {
        /** @description Which surveys: the coordinator's own (default), another origin, or all */
        origin?: 'coordinator' | 'desk-aftercare' | 'event-feedback' | 'all';
      };
    };
    responses: {
      /** @description Surveys */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['SurveySummary'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Create a questionnaire (admin)
   * @description Access: admin role.
   */
  createSurvey: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['Survey'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Questionnaires the platform ships (admin)
   * @description Access: admin role.
   */
  listSurveyTemplates: {
    responses: {
      /** @description Templates */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['SurveyTemplate'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Who a population would invite, and how many accounts each invitation mail reaches (admin)
   * @description Access: admin role.
   */
  previewSurveyInvitees: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyPopulationQuery'];
      };
    };
    responses: {
      /** @description The organisations that would be invited */
      200: {
        content: {
          'application/json': components['schemas']['SurveyInvitees'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin role. */
  getSurvey: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The survey */
      200: {
        headers: {
          /** @description The survey’s edit stamp, "<ms>"; send it back in If-Match when saving */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Survey'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change a questionnaire; a change that would break stored answers is a 409 naming the question
   * @description Access: admin role.
   */
  replaceSurvey: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyInput'];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          /** @description The survey’s edit stamp, "<ms>"; send it back in If-Match when saving */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Survey'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Open and invite the population: one personal link per organisation, mailed to its accounts
   * @description Access: admin role.
   */
  openSurvey: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Invitations and their links */
      200: {
        content: {
          'application/json': components['schemas']['SurveyOpened'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin role. */
  closeSurvey: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Closed */
      200: {
        content: {
          'application/json': components['schemas']['Survey'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Response rate, by kind, over time, and who has not answered
   * @description Access: admin role.
   */
  getSurveyProgress: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Progress */
      200: {
        content: {
          'application/json': components['schemas']['SurveyProgress'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Remind everyone who has not submitted (mail to their member accounts)
   * @description Access: admin role.
   */
  remindSurvey: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Reminded */
      200: {
        content: {
          'application/json': components['schemas']['SurveyReminders'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A new personal link; the old one stops working
   * @description Access: admin role.
   */
  reissueSurveyLink: {
    parameters: {
      path: {
        id: string;
        invitationId: string;
      };
    };
    responses: {
      /** @description The new link */
      200: {
        content: {
          'application/json': components['schemas']['SurveyInvitationLink'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Per-question counts and shares with the base stated
   * @description Access: admin role.
   */
  getSurveyResults: {
    parameters: {
      query?: {
        base?: 'answered' | 'respondents';
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Results */
      200: {
        content: {
          'application/json': components['schemas']['SurveyResults'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Cross-tab by a choice question; anonymous surveys withhold small cells
   * @description Access: admin role.
   */
  getSurveyCrossTab: {
    parameters: {
      query: {
        row: string;
        column: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Cross-tab */
      200: {
        content: {
          'application/json': components['schemas']['SurveyCrossTab'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Who answered what (named surveys only)
   * @description Access: admin role.
   */
  listSurveyResponses: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Responses */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['SurveyResponse'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Siting weights from an importance matrix, per group
   * @description Access: admin role.
   */
  getSurveyWeights: {
    parameters: {
      query: {
        matrix: string;
        groupBy?: string;
        method?: 'mean' | 'important';
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Weights */
      200: {
        content: {
          'application/json': components['schemas']['SurveyWeights'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Keep a group’s survey-derived weights as a siting profile
   * @description Access: admin role.
   */
  createProfileFromSurvey: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': {
          matrix: string;
          groupBy?: string;
          /**
           * @default important
           * @enum {string}
           */
          method?: 'mean' | 'important';
          /** @default all */
          group?: string;
          key: string;
          name: components['schemas']['LocalizedText'];
          facilityType: string;
        };
      };
    };
    responses: {
      /** @description The profile */
      201: {
        content: {
          'application/json': components['schemas']['SitingProfile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin role. */
  exportSurveyCsv: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description A file */
      200: {
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin role. */
  exportSurveyXlsx: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description A file */
      200: {
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Every invitation’s personal link (admin)
   * @description Access: admin role.
   */
  listSurveyLinks: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Links */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['SurveyInvitationLink'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Open surveys your organisation is asked to answer, with its link
   * @description Access: any signed-in account; the record decides the rest.
   */
  listMySurveys: {
    responses: {
      /** @description Surveys */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['MySurvey'][];
            total: number;
          };
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The questionnaire and this organisation’s saved answers (the link is the credential)
   * @description Access: anyone.
   */
  openSurveyLink: {
    parameters: {
      path: {
        token: string;
      };
    };
    responses: {
      /** @description Questionnaire and answers */
      200: {
        content: {
          'application/json': components['schemas']['SurveyLinkView'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Save answers as typed; required questions may be empty
   * @description Access: anyone.
   */
  saveSurveyDraft: {
    parameters: {
      path: {
        token: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyAnswers'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        content: {
          'application/json': components['schemas']['SurveySavedAnswers'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No longer valid (an expired link) */
      410: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Submit; editable by submitting again until the survey closes
   * @description Access: anyone.
   */
  submitSurvey: {
    parameters: {
      path: {
        token: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyAnswers'];
      };
    };
    responses: {
      /** @description Submitted */
      200: {
        content: {
          'application/json': components['schemas']['SurveySavedAnswers'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No longer valid (an expired link) */
      410: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Needs you may see; anonymous owners withheld
   * @description Access: anyone.
   */
  listNeeds: {
    parameters: {
      query?: {
        /** @description Free text, Japanese or English */
        q?: string;
        key?: string;
        /** @description A code; a parent includes its children */
        technology?: string;
        /** @description Only your organisation's posts */
        mine?: 'true' | 'false';
        status?: 'open' | 'closed' | 'all';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Page of needs */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Need'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Post a need (members for their organisation, admins for any)
   * @description Access: admin or member role.
   */
  createNeed: {
    requestBody: {
      content: {
        'application/json': components['schemas']['NeedInput'];
      };
    };
    responses: {
      /** @description Posted */
      201: {
        content: {
          'application/json': components['schemas']['Need'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getNeed: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The need */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Need'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  deleteNeed: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  updateNeed: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NeedPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Need'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Extend the expiry by the configured period from now
   * @description Access: admin or member role.
   */
  renewNeed: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Renewed */
      200: {
        content: {
          'application/json': components['schemas']['Need'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Organisations and seeds that could meet this need, best first, each with its signals
   * @description Access: anyone.
   */
  matchNeed: {
    parameters: {
      query?: {
        limit?: number;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Ranked matches */
      200: {
        content: {
          'application/json': components['schemas']['Matches'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Seeds you may see; anonymous owners withheld
   * @description Access: anyone.
   */
  listSeeds: {
    parameters: {
      query?: {
        /** @description Free text, Japanese or English */
        q?: string;
        key?: string;
        /** @description A code; a parent includes its children */
        technology?: string;
        /** @description Only your organisation's posts */
        mine?: 'true' | 'false';
        status?: 'open' | 'closed' | 'all';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Page of seeds */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Seed'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Post a seed (members for their organisation, admins for any)
   * @description Access: admin or member role.
   */
  createSeed: {
    requestBody: {
      content: {
        'application/json': components['schemas']['SeedInput'];
      };
    };
    responses: {
      /** @description Posted */
      201: {
        content: {
          'application/json': components['schemas']['Seed'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getSeed: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The seed */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Seed'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  deleteSeed: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  updateSeed: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SeedPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Seed'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Extend the expiry by the configured period from now
   * @description Access: admin or member role.
   */
  renewSeed: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Renewed */
      200: {
        content: {
          'application/json': components['schemas']['Seed'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Needs this seed could meet, best first, each with its signals
   * @description Access: anyone.
   */
  matchSeed: {
    parameters: {
      query?: {
        limit?: number;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Ranked matches */
      200: {
        content: {
          'application/json': components['schemas']['Matches'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your organisation's introductions (all of them for a coordinator), latest change first
   * @description Access: any signed-in account; the record decides the rest.
   */
  listIntroductions: {
    parameters: {
      query?: {
        state?:
          | 'requested'
          | 'accepted'
          | 'declined'
          | 'meeting'
          | 'nda'
          | 'poc'
          | 'contract'
          | 'closed'
          | 'expired';
        technology?: string;
        olderThanDays?: number | null;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Introductions */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Introduction'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Ask for an introduction to a match, from one of your needs or seeds
   * @description Access: admin or member role.
   */
  requestIntroduction: {
    requestBody: {
      content: {
        'application/json': components['schemas']['IntroductionInput'];
      };
    };
    responses: {
      /** @description Requested */
      201: {
        content: {
          'application/json': components['schemas']['Introduction'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The coordinator's board: by state, age and technology; stalled ones; conversion by month
   * @description Access: admin role.
   */
  getIntroductionBoard: {
    responses: {
      /** @description Board */
      200: {
        content: {
          'application/json': components['schemas']['IntroductionBoard'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: any signed-in account; the record decides the rest. */
  getIntroduction: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The introduction */
      200: {
        content: {
          'application/json': components['schemas']['Introduction'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Move to the next state; a move outside the workflow is 409, declining needs a reason, closing an outcome
   * @description Access: admin or member role.
   */
  transitionIntroduction: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IntroductionTransition'];
      };
    };
    responses: {
      /** @description Moved */
      200: {
        content: {
          'application/json': components['schemas']['Introduction'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  addIntroductionTask: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IntroductionTaskInput'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        content: {
          'application/json': components['schemas']['Introduction'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  updateIntroductionTask: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': {
          done: boolean;
        };
      };
    };
    responses: {
      /** @description Updated */
      200: {
        content: {
          'application/json': components['schemas']['Introduction'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your notifications, latest first, with the unread count
   * @description Access: any signed-in account; the record decides the rest.
   */
  listNotifications: {
    parameters: {
      query?: {
        limit?: number;
      };
    };
    responses: {
      /** @description Notifications */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Notification'][];
            total: number;
            unread: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: any signed-in account; the record decides the rest. */
  markNotificationRead: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Marked read */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Mail kept locally (no SMTP configured) or that failed to send (admin)
   * @description Access: admin role.
   */
  listOutbox: {
    parameters: {
      query?: {
        limit?: number;
      };
    };
    responses: {
      /** @description Mail */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['OutboxMail'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Expire unanswered requests and send reminders now (the server also does it hourly; admin)
   * @description Access: admin role.
   */
  sweepMatching: {
    responses: {
      /** @description What was done */
      200: {
        content: {
          'application/json': {
            expired: number;
            reminded: number;
            postsReminded: number;
          };
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Facilities with units matching a spec, equipment counts and map points
   * @description Access: anyone.
   */
  listFacilities: {
    parameters: {
      query?: {
        /** @description Free text in names, descriptions and places */
        q?: string;
        /** @description Unit kinds (factory, lab, office); several match any */
        kind?: string;
        /** @description Floor area at least (m²) */
        minArea?: number | null;
        /** @description Floor area at most (m²) */
        maxArea?: number | null;
        /** @description Power at least (kVA) */
        minPower?: number | null;
        /** @description true: extra-high voltage available */
        ehv?: 'true' | 'false';
        /** @description Crane capacity at least (t) */
        minCrane?: number | null;
        /** @description Clean room of ISO class N or cleaner (lower) */
        maxCleanClass?: number;
        /** @description true: free units only */
        free?: 'true' | 'false';
        /** @description The owner's key */
        organization?: string;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description A page of facilities, and every placed match */
      200: {
        content: {
          'application/json': components['schemas']['FacilityList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a facility (admin, or a member for its own organisation)
   * @description Access: admin or member role.
   */
  createFacility: {
    requestBody: {
      content: {
        'application/json': components['schemas']['FacilityInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Facility'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A facility with its units and shared equipment
   * @description Access: anyone.
   */
  getFacility: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The facility */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Facility'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a facility with its units and equipment (admin, or a member of the owner)
   * @description Access: admin or member role.
   */
  deleteFacility: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change a facility (admin, or a member of the owner)
   * @description Access: admin or member role.
   */
  updateFacility: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FacilityPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Facility'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a unit to a facility
   * @description Access: admin or member role.
   */
  addFacilityUnit: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FacilityUnitInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['FacilityUnit'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getFacilityUnit: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The unit */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['FacilityUnit'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  deleteFacilityUnit: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change a unit (its status too, until leases exist)
   * @description Access: admin or member role.
   */
  updateFacilityUnit: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FacilityUnitPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['FacilityUnit'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Shared equipment of published facilities, by capability and booking unit
   * @description Access: anyone.
   */
  listEquipment: {
    parameters: {
      query?: {
        q?: string;
        /** @description Technology codes (a parent includes its children); several match any */
        technology?: string;
        /** @description Booking units (hour, day, week); several match any */
        bookingUnit?: string;
        /** @description The facility's key */
        facility?: string;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description A page of equipment */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Equipment'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add shared equipment to a facility
   * @description Access: admin or member role.
   */
  addEquipment: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EquipmentInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Equipment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getEquipment: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The equipment */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Equipment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  deleteEquipment: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: admin or member role. */
  updateEquipment: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EquipmentPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Equipment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Busy slots of an equipment item in a month (Japan time); who booked only for its owner
   * @description Access: anyone.
   */
  equipmentAvailability: {
    parameters: {
      query: {
        /** @description A calendar month in Japan time */
        month: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The month */
      200: {
        content: {
          'application/json': components['schemas']['EquipmentAvailability'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Book a slot of shared equipment for the caller's organisation
   * @description Confirmed at once, or `requested` where the equipment needs approval. A slot overlapping a confirmed booking is a 409 (the database refuses it); over the organisation’s quota, a 409 naming `quota`.
   *
   * Access: member role.
   */
  createBooking: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookingInput'];
      };
    };
    responses: {
      /** @description Booked */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The caller's organisation's bookings
   * @description Access: any signed-in account; the record decides the rest.
   */
  listMyBookings: {
    parameters: {
      query?: {
        status?: 'requested' | 'confirmed' | 'declined' | 'cancelled';
        /** @description A calendar month in Japan time */
        month?: string;
      };
    };
    responses: {
      /** @description Bookings */
      200: {
        content: {
          'application/json': components['schemas']['BookingList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Bookings of the equipment the caller owns; by default those awaiting approval
   * @description Access: admin or member role.
   */
  listBookingRequests: {
    parameters: {
      query?: {
        status?: 'requested' | 'confirmed' | 'declined' | 'cancelled';
        /** @description A calendar month in Japan time */
        month?: string;
      };
    };
    responses: {
      /** @description Bookings */
      200: {
        content: {
          'application/json': components['schemas']['BookingList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A booking: the booker's organisation and the equipment's owner see it
   * @description Access: any signed-in account; the record decides the rest.
   */
  getBooking: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The booking */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A booking as an iCalendar event
   * @description Access: any signed-in account; the record decides the rest.
   */
  bookingCalendar: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description An iCalendar file */
      200: {
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Approve a requested booking (the equipment’s owner or an admin); 409 if the slot was taken
   * @description Access: admin or member role.
   */
  approveBooking: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Decline a requested booking with a reason
   * @description Access: admin or member role.
   */
  declineBooking: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookingDecline'];
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Cancel a booking (its organisation, until the cut-off before the slot)
   * @description Access: any signed-in account; the record decides the rest.
   */
  cancelBooking: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Confirmed use and fees per organisation and equipment in a month
   * @description An admin sees all; a member its own bookings and others' use of equipment it owns.
   *
   * Access: admin or member role.
   */
  bookingUsage: {
    parameters: {
      query: {
        /** @description A calendar month in Japan time */
        month: string;
      };
    };
    responses: {
      /** @description The usage log */
      200: {
        content: {
          'application/json': components['schemas']['BookingUsage'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The usage log of a month as a spreadsheet
   * @description Access: admin or member role.
   */
  bookingUsageXlsx: {
    parameters: {
      query: {
        /** @description A calendar month in Japan time */
        month: string;
      };
    };
    responses: {
      /** @description A spreadsheet file */
      200: {
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Quotas on the equipment: all for its owner, the own organisation’s for a member
   * @description Access: any signed-in account; the record decides the rest.
   */
  listBookingQuotas: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Quotas */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['BookingQuota'][];
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Grant an organisation hours of the equipment for a period (its owner or an admin)
   * @description Access: admin or member role.
   */
  grantBookingQuota: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookingQuotaInput'];
      };
    };
    responses: {
      /** @description Granted */
      201: {
        content: {
          'application/json': components['schemas']['BookingQuota'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: anyone. */
  getBookingSettings: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Settings */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['BookingSettings'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Set the cancellation cut-off (hours before the slot) of the equipment
   * @description Access: admin or member role.
   */
  setBookingSettings: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookingSettings'];
      };
    };
    responses: {
      /** @description Settings */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['BookingSettings'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Whether the caller has a calendar feed URL
   * @description Access: any signed-in account; the record decides the rest.
   */
  calendarFeedState: {
    responses: {
      /** @description State */
      200: {
        content: {
          'application/json': components['schemas']['CalendarFeedState'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A new secret URL for the caller's bookings calendar; the old one stops working
   * @description Access: any signed-in account; the record decides the rest.
   */
  regenerateCalendarFeed: {
    responses: {
      /** @description The feed URL, shown once */
      201: {
        content: {
          'application/json': components['schemas']['CalendarFeed'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Revoke the caller's calendar feed URL
   * @description Access: any signed-in account; the record decides the rest.
   */
  revokeCalendarFeed: {
    responses: {
      /** @description Revoked */
      204: {
        content: never;
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A member's bookings as an iCalendar feed; the secret in the URL is the only credential
   * @description Access: anyone.
   */
  calendarFeed: {
    parameters: {
      path: {
        token: string;
      };
    };
    responses: {
      /** @description An iCalendar feed */
      200: {
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Public calls for tenancy and joint use, with the caller's own application to each
   * @description Access: any signed-in account; the record decides the rest.
   */
  listIncubationCalls: {
    responses: {
      /** @description Every call */
      200: {
        content: {
          'application/json': components['schemas']['CallList'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Open a call: window, eligibility, offer, form, rubric (the office)
   * @description Access: admin role.
   */
  createIncubationCall: {
    requestBody: {
      content: {
        'application/json': components['schemas']['CallInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Call'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /** @description Access: any signed-in account; the record decides the rest. */
  getIncubationCall: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The call */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Call'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Change a call, or release its scores to applicants (the office)
   * @description Access: admin role.
   */
  updateIncubationCall: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Call'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The panel sheet: each applicant's weighted score, the reviewers' spread, the ranking
   * @description Access: admin role.
   */
  getIncubationPanel: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The panel sheet */
      200: {
        content: {
          'application/json': components['schemas']['PanelSheet'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Active reviewer accounts, to assign
   * @description Access: admin role.
   */
  listIncubationReviewers: {
    responses: {
      /** @description Reviewer accounts */
      200: {
        content: {
          'application/json': components['schemas']['ReviewerList'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Start a draft for one's organisation (or, the office, enter a paper application)
   * @description Access: admin or member role.
   */
  createIncubationApplication: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplicationInput'];
      };
    };
    responses: {
      /** @description The draft */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Members: their organisation's applications; reviewers: those assigned to them; the office: all
   * @description Access: any signed-in account; the record decides the rest.
   */
  listIncubationApplications: {
    parameters: {
      query?: {
        call?: string;
      };
    };
    responses: {
      /** @description Applications */
      200: {
        content: {
          'application/json': components['schemas']['ApplicationList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An application, to its applicant, its assigned reviewers and the office (404 to anyone else)
   * @description Access: any signed-in account; the record decides the rest.
   */
  getIncubationApplication: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The application */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Save a draft
   * @description Access: admin or member role.
   */
  updateIncubationApplication: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplicationPatch'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Submit, once, before the deadline (a late submission is refused naming the deadline)
   * @description Access: admin or member role.
   */
  submitIncubationApplication: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Submitted */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Assign a reviewer account to an application
   * @description Access: admin role.
   */
  assignIncubationReviewer: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewerAssignment'];
      };
    };
    responses: {
      /** @description The application */
      200: {
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Declare a conflict of interest: the reviewer is unassigned and no longer sees the file
   * @description Access: reviewer role.
   */
  declareIncubationConflict: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConflictOfInterest'];
      };
    };
    responses: {
      /** @description Unassigned */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Score criteria 1–5 with a comment (the assigned reviewer)
   * @description Access: reviewer role.
   */
  scoreIncubationApplication: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScoreSheet'];
      };
    };
    responses: {
      /** @description The application */
      200: {
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record the decision (admitted, waitlisted, rejected) with a reason
   * @description Access: admin role.
   */
  decideIncubationApplication: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplicationDecision'];
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Leases you may see: your organisation's as tenant, and your facilities' as office (all for an admin)
   * @description Access: any signed-in account; the record decides the rest.
   */
  listFacilityLeases: {
    parameters: {
      query?: {
        facility?: string;
        status?: 'offered' | 'active' | 'ending' | 'ended';
      };
    };
    responses: {
      /** @description Leases */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Lease'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Offer a lease of a unit to an organisation (the facility's office)
   * @description Access: admin or member role.
   */
  offerFacilityLease: {
    requestBody: {
      content: {
        'application/json': components['schemas']['LeaseOffer'];
      };
    };
    responses: {
      /** @description Offered */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Lease'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A lease, to its tenant and its office only
   * @description Access: any signed-in account; the record decides the rest.
   */
  getFacilityLease: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The lease */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Lease'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Offer the tenant a renewal from the day after the lease ends, within the facility's maximum term
   * @description Access: admin or member role.
   */
  renewFacilityLease: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LeaseRenewal'];
      };
    };
    responses: {
      /** @description Renewal offered */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Lease'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The tenant accepts the offer: the lease becomes active
   * @description Access: admin or member role.
   */
  acceptFacilityLease: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Moved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Lease'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Tenant or office gives notice: the lease is ending
   * @description Access: admin or member role.
   */
  noticeFacilityLease: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Moved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Lease'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The office ends the lease
   * @description Access: admin or member role.
   */
  endFacilityLease: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Moved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Lease'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Waiting-list lengths per kind of unit; the ordered list for the office
   * @description Access: any signed-in account; the record decides the rest.
   */
  getFacilityWaitlist: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The waiting list */
      200: {
        content: {
          'application/json': components['schemas']['Waitlist'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your organisation joins the waiting list for a kind of unit
   * @description Access: member role.
   */
  joinFacilityWaitlist: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WaitlistJoin'];
      };
    };
    responses: {
      /** @description The waiting list */
      200: {
        content: {
          'application/json': components['schemas']['Waitlist'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your organisation leaves the waiting list for a kind of unit
   * @description Access: member role.
   */
  leaveFacilityWaitlist: {
    parameters: {
      path: {
        id: string;
        kind: 'factory' | 'lab' | 'office';
      };
    };
    responses: {
      /** @description The waiting list */
      200: {
        content: {
          'application/json': components['schemas']['Waitlist'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Leased m² ÷ leasable m² per month, per facility and in total, and waiting-list lengths
   * @description Access: anyone.
   */
  getFacilityOccupancy: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        facility?: string;
      };
    };
    responses: {
      /** @description Occupancy */
      200: {
        content: {
          'application/json': components['schemas']['Occupancy'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Each unit's state today (free, offered, leased, ending) for the floor plan
   * @description Access: anyone.
   */
  getFacilityUnitStates: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Unit states */
      200: {
        content: {
          'application/json': components['schemas']['UnitStates'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record where an ending tenant went, with jobs and investment at exit (the office)
   * @description Access: admin or member role.
   */
  recordLeaseGraduation: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GraduationInput'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        content: {
          'application/json': components['schemas']['Graduation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Graduations you may see, with this year's follow-up report due and whether it is missing
   * @description Access: any signed-in account; the record decides the rest.
   */
  listLeaseGraduations: {
    parameters: {
      query?: {
        missing?: 'true' | 'false';
        facility?: string;
      };
    };
    responses: {
      /** @description Graduations */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Graduation'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The graduated company files its yearly follow-up report
   * @description Access: admin or member role.
   */
  submitGraduationReport: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpInput'];
      };
    };
    responses: {
      /** @description Filed */
      201: {
        content: {
          'application/json': components['schemas']['Graduation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A unit's photos and floor plan (metadata; each has the URL of the file itself)
   * @description Access: anyone.
   */
  listUnitFiles: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Photos first, in order; then the floor plan */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['UnitFile'][];
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Upload a photo or the floor plan of a unit (the body is the file; admin, or a member of the owner)
   * @description The body is the file itself, at most 5242880 bytes: JPEG, PNG or WebP for a photo, those or PDF for a floor plan. Its type is read from its first bytes; a Content-Type that contradicts them is refused. A unit has at most 12 photos; a new floor plan replaces the old one.
   *
   * Access: admin or member role.
   */
  uploadUnitFile: {
    parameters: {
      query: {
        kind: 'photo' | 'floor-plan';
        captionJa?: string;
        captionEn?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'image/jpeg': string;
        'image/png': string;
        'image/webp': string;
        'application/pdf': string;
      };
    };
    responses: {
      /** @description Stored */
      201: {
        content: {
          'application/json': components['schemas']['UnitFile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The file itself, for whoever may see its unit
   * @description Access: anyone.
   */
  getUnitFile: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The file, with its real type; a PDF comes as an attachment */
      200: {
        content: {
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
          'application/pdf': string;
        };
      };
      /** @description Not modified (If-None-Match matched the ETag) */
      304: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a photo or floor plan (admin, or a member of the owner)
   * @description Access: admin or member role.
   */
  deleteUnitFile: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Events you may see, upcoming first (public ones to everyone; invited ones only to the invited)
   * @description Access: anyone.
   */
  listEvents: {
    parameters: {
      query?: {
        kind?:
          | 'alliance-meeting'
          | 'lunch-meeting'
          | 'seminar'
          | 'open-factory'
          | 'job-fair'
          | 'brokerage'
          | 'residents-briefing';
        when?: 'upcoming' | 'past' | 'all';
        /** @description true: only your organisation's events (all for an admin) */
        organizing?: 'true' | 'false';
        key?: string;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Events */
      200: {
        content: {
          'application/json': components['schemas']['EventList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Create an event organised by your organisation (an admin: by any organisation)
   * @description Access: admin or member role.
   */
  createEvent: {
    requestBody: {
      content: {
        'application/json': components['schemas']['EventInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Event'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An event, with your registration if you have one; an invited event is a 404 to the uninvited
   * @description Access: anyone.
   */
  getEvent: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The event */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Event'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit an event (organiser and admins; If-Match); more places promote the waiting list in order
   * @description Access: admin or member role.
   */
  updateEvent: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Event'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Registrations and the waiting list in arrival order, attendance and no-shows (organiser, admins)
   * @description Access: admin or member role.
   */
  listEventRegistrations: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Registrations */
      200: {
        content: {
          'application/json': components['schemas']['EventRegistrations'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Register: a place while there is one, otherwise the waiting list (visitors without an account cannot)
   * @description Access: any signed-in account; the record decides the rest.
   */
  registerForEvent: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventRegistrationInput'];
      };
    };
    responses: {
      /** @description Registered (confirmed or waiting) */
      201: {
        content: {
          'application/json': components['schemas']['MyEventRegistration'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Check a person in by the short code or the QR code; each code works once, at its own event only
   * @description Access: admin or member role.
   */
  checkInToEvent: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventCheckIn'];
      };
    };
    responses: {
      /** @description Checked in */
      200: {
        content: {
          'application/json': components['schemas']['EventCheckInResult'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your registrations with their check-in codes
   * @description Access: any signed-in account; the record decides the rest.
   */
  listMyEventRegistrations: {
    responses: {
      /** @description Your registrations */
      200: {
        content: {
          'application/json': components['schemas']['MyEventRegistrations'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Cancel your registration until the event's cut-off; the first waiting person gets the place
   * @description Access: any signed-in account; the record decides the rest.
   */
  cancelEventRegistration: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Cancelled */
      200: {
        content: {
          'application/json': components['schemas']['MyEventRegistration'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The check-in QR code of your confirmed registration
   * @description Access: any signed-in account; the record decides the rest.
   */
  getEventRegistrationQr: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description An SVG image */
      200: {
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your registration as an iCalendar file
   * @description Access: any signed-in account; the record decides the rest.
   */
  getEventRegistrationIcs: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description An iCalendar file */
      200: {
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An account's event registrations and placed brokerage meetings as an iCalendar feed; the same secret URL as its bookings feed (POST /calendar-feed)
   * @description Access: anyone.
   */
  getEventsCalendarFeed: {
    parameters: {
      path: {
        token: string;
      };
    };
    responses: {
      /** @description An iCalendar feed */
      200: {
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A brokerage event's slots; to participants and the organiser also offers, seeks, meetings, agenda
   * @description Access: anyone.
   */
  getBrokerage: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Brokerage */
      200: {
        content: {
          'application/json': components['schemas']['Brokerage'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Set the slot length and table count (organiser); slots are generated from the start and end
   * @description Access: admin or member role.
   */
  configureBrokerage: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BrokerageSettingsInput'];
      };
    };
    responses: {
      /** @description Brokerage */
      200: {
        content: {
          'application/json': components['schemas']['Brokerage'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Your offers, seeks and unavailable slots at this event (confirmed participants)
   * @description Access: any signed-in account; the record decides the rest.
   */
  saveBrokerageProfile: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BrokerageProfileInput'];
      };
    };
    responses: {
      /** @description Brokerage */
      200: {
        content: {
          'application/json': components['schemas']['Brokerage'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Whom to meet: other organisations ranked by shared technology codes, with the reason
   * @description Access: any signed-in account; the record decides the rest.
   */
  brokerageSuggestions: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Suggestions */
      200: {
        content: {
          'application/json': components['schemas']['BrokerageSuggestions'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Ask another organisation’s participant for a meeting; one open request per pair (409)
   * @description Access: any signed-in account; the record decides the rest.
   */
  requestBrokerageMeeting: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeetingRequestInput'];
      };
    };
    responses: {
      /** @description Requested */
      201: {
        content: {
          'application/json': components['schemas']['BrokerageMeeting'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Schedule accepted meetings into slots and tables, replacing the previous run (organiser)
   * @description Access: admin or member role.
   */
  scheduleBrokerageMeetings: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Placed vs bound */
      200: {
        content: {
          'application/json': components['schemas']['BrokerageScheduleResult'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Accept or decline a meeting request made to you
   * @description Access: any signed-in account; the record decides the rest.
   */
  answerBrokerageMeeting: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeetingAnswerInput'];
      };
    };
    responses: {
      /** @description Answered */
      200: {
        content: {
          'application/json': components['schemas']['BrokerageMeeting'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record that an accepted meeting took place (organiser)
   * @description Access: admin or member role.
   */
  markBrokerageMeetingHeld: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Held */
      200: {
        content: {
          'application/json': components['schemas']['BrokerageMeeting'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An open factory's tour slots, each with its places (organiser, admins); fixed once anyone has registered
   * @description Access: admin or member role.
   */
  setEventTourSlots: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TourSlotsInput'];
      };
    };
    responses: {
      /** @description The tour slots */
      200: {
        content: {
          'application/json': components['schemas']['TourSlots'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * After the event: attendance, the feedback summary, and introductions attendees requested within 30 days (organiser, admins)
   * @description Access: admin or member role.
   */
  getEventOutcomes: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Outcomes */
      200: {
        content: {
          'application/json': components['schemas']['EventOutcomes'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The feedback form, whether you may answer it, and your answers
   * @description Access: any signed-in account; the record decides the rest.
   */
  getEventFeedback: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Feedback */
      200: {
        content: {
          'application/json': components['schemas']['EventFeedback'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Answer the feedback survey if you were checked in, once it is open; submitting again replaces your answers while it is open
   * @description Access: any signed-in account; the record decides the rest.
   */
  giveEventFeedback: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventFeedbackInput'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        content: {
          'application/json': components['schemas']['EventFeedback'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Open the attendees' feedback survey now, once the event has started (organiser, admins); otherwise it opens when the event ends
   * @description Access: admin or member role.
   */
  openEventFeedbackSurvey: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Opened */
      201: {
        content: {
          'application/json': components['schemas']['EventOutcomes'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The coordinator's figures by month: events by kind, registrations, attendance rate, companies reached and newly reached
   * @description Access: admin role.
   */
  getEventFigures: {
    parameters: {
      query?: {
        /** @description First month (Japan time); default 11 months before this one */
        from?: string;
        /** @description Last month; default 6 months after this one */
        to?: string;
      };
    };
    responses: {
      /** @description Figures */
      200: {
        content: {
          'application/json': components['schemas']['EventFigures'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The skills taxonomy (programmes' fields), per cluster
   * @description Access: anyone.
   */
  listSkills: {
    parameters: {
      query?: {
        cluster?: string;
      };
    };
    responses: {
      /** @description Skills in taxonomy order */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['Skill'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Training programmes with their cohorts, places taken and waiting-list lengths
   * @description Access: anyone.
   */
  listTrainingProgrammes: {
    parameters: {
      query?: {
        skill?: string;
        level?: number;
        provider?: string;
      };
    };
    responses: {
      /** @description Programmes */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['TrainingProgramme'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Offer a programme (the provider's members, or an admin)
   * @description Access: admin or member role.
   */
  createTrainingProgramme: {
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingProgrammeInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['TrainingProgramme'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A training programme with its cohorts
   * @description Access: anyone.
   */
  getTrainingProgramme: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The programme */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['TrainingProgramme'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit a programme (the provider's members, or an admin); If-Match the version read
   * @description Access: admin or member role.
   */
  patchTrainingProgramme: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingProgrammePatch'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['TrainingProgramme'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Open a cohort with a start date and a capacity (the programme's default unless given)
   * @description Access: admin or member role.
   */
  addTrainingCohort: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingCohortInput'];
      };
    };
    responses: {
      /** @description Opened */
      201: {
        content: {
          'application/json': components['schemas']['TrainingCohort'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Ask for a place: enrolled while places are free, otherwise on the waiting list in order
   * @description Access: person role.
   */
  enrolInTrainingCohort: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingEnrolInput'];
      };
    };
    responses: {
      /** @description Enrolled or waiting */
      201: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Enrolments you may see: your own (trainee), those you sponsor (employer), your programmes' (provider)
   * @description Access: any signed-in account; the record decides the rest.
   */
  listTrainingEnrolments: {
    parameters: {
      query?: {
        cohort?: string;
        status?: 'enrolled' | 'waiting' | 'withdrawn' | 'completed';
      };
    };
    responses: {
      /** @description Enrolments */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['TrainingEnrolment'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An enrolment with its plan, reviews and hours, to its parties only
   * @description Access: any signed-in account; the record decides the rest.
   */
  getTrainingEnrolment: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The enrolment */
      200: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Withdraw with a reason; a freed place goes to the first on the waiting list
   * @description Access: person or member or admin role.
   */
  withdrawTrainingEnrolment: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingWithdrawInput'];
      };
    };
    responses: {
      /** @description Withdrawn */
      200: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The named employer confirms it sponsors the trainee
   * @description Access: member role.
   */
  confirmTrainingSponsorship: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Confirmed */
      200: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Sign the training plan as the party you are (trainee, employer, provider)
   * @description Access: person or member role.
   */
  signTrainingPlan: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Signed */
      200: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record a progress review with its red/amber/green status (the provider)
   * @description Access: member or admin role.
   */
  addTrainingReview: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingReviewInput'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Log off-the-job training hours (the trainee or the provider)
   * @description Access: person or member or admin role.
   */
  logTrainingHours: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingHoursInput'];
      };
    };
    responses: {
      /** @description Logged */
      201: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record completion with the qualification gained (the provider)
   * @description Access: member or admin role.
   */
  completeTrainingEnrolment: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingCompletionInput'];
      };
    };
    responses: {
      /** @description Completed */
      200: {
        content: {
          'application/json': components['schemas']['TrainingEnrolment'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Everything the platform holds on your training, as a JSON download
   * @description Access: person role.
   */
  downloadMyTrainingData: {
    responses: {
      /** @description Your data */
      200: {
        content: {
          'application/json': components['schemas']['MyTrainingData'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Erase your name, email and notes from your enrolments; they stay in counts, anonymised
   * @description Access: person role.
   */
  eraseMyTrainingData: {
    responses: {
      /** @description Erased */
      200: {
        content: {
          'application/json': components['schemas']['TrainingErasure'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Member companies' job openings: skills, level, place and start
   * @description Access: anyone.
   */
  listJobOpenings: {
    parameters: {
      query?: {
        status?: 'open' | 'closed';
        organization?: string;
      };
    };
    responses: {
      /** @description Openings */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['JobOpening'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Post an opening (the company's members, or an admin)
   * @description Access: admin or member role.
   */
  createJobOpening: {
    requestBody: {
      content: {
        'application/json': components['schemas']['JobOpeningInput'];
      };
    };
    responses: {
      /** @description Posted */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['JobOpening'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A job opening
   * @description Access: anyone.
   */
  getJobOpening: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The opening */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['JobOpening'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit or close an opening (the company's members, or an admin); If-Match the version read
   * @description Access: admin or member role.
   */
  patchJobOpening: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JobOpeningPatch'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['JobOpening'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Trainees and graduates who opted in to be seen by employers and fit the opening, with each signal’s share
   * @description Access: admin or member role.
   */
  listJobOpeningCandidates: {
    parameters: {
      query?: {
        /** @description Leave out graduates who completed before this day (e.g. the fiscal year's 1 April, for this year's graduates); people on a programme now are always listed */
        graduatedSince?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Candidates, best first */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['OpeningCandidate'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Whether you are visible to employers as a candidate, and where you are
   * @description Access: person role.
   */
  getMyTalentProfile: {
    responses: {
      /** @description Your profile */
      200: {
        content: {
          'application/json': components['schemas']['TalentProfile'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Opt in (or out) of being shown to employers, with your prefecture and municipality
   * @description Access: person role.
   */
  putMyTalentProfile: {
    requestBody: {
      content: {
        'application/json': components['schemas']['TalentProfileInput'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        content: {
          'application/json': components['schemas']['TalentProfile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Apply to an open opening (trainees and graduates of a programme), once
   * @description Access: person role.
   */
  applyToJobOpening: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JobApplyInput'];
      };
    };
    responses: {
      /** @description Applied */
      201: {
        content: {
          'application/json': components['schemas']['JobApplication'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Applications you may see: your own (applicant), to your company's openings (employer)
   * @description Access: any signed-in account; the record decides the rest.
   */
  listJobApplications: {
    parameters: {
      query?: {
        opening?: string;
        stage?: 'applied' | 'interview' | 'offer' | 'hired' | 'declined';
      };
    };
    responses: {
      /** @description Applications */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['JobApplication'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An application with its placement, to the applicant and the hiring company only
   * @description Access: any signed-in account; the record decides the rest.
   */
  getJobApplication: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The application */
      200: {
        content: {
          'application/json': components['schemas']['JobApplication'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Move an application: applied → interview → offer → hired, or declined with a reason
   * @description Access: member or admin role.
   */
  moveJobApplicationStage: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JobApplicationStageInput'];
      };
    };
    responses: {
      /** @description Moved */
      200: {
        content: {
          'application/json': components['schemas']['JobApplication'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The employer confirms the person is retained (or left) at 6 or 12 months
   * @description Access: member or admin role.
   */
  confirmPlacementRetention: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlacementRetentionInput'];
      };
    };
    responses: {
      /** @description Confirmed */
      200: {
        content: {
          'application/json': components['schemas']['JobApplication'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Workforce demand against supply by skill and year, the skills shortest first, with the ids behind each figure
   * @description Access: admin or member or agency role.
   */
  getWorkforceGap: {
    parameters: {
      query?: {
        cluster?: string;
        from?: number;
        to?: number;
      };
    };
    responses: {
      /** @description The gap */
      200: {
        content: {
          'application/json': components['schemas']['WorkforceGap'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A siting profile's staffing table (people in post by skill, level and year from construction)
   * @description Access: admin or member or agency role.
   */
  getFacilityStaffing: {
    parameters: {
      path: {
        profile: string;
      };
    };
    responses: {
      /** @description The table */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['StaffingTable'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Replace a siting profile's staffing table; every row states its basis
   * @description Access: admin role.
   */
  putFacilityStaffing: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        profile: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffingInput'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['StaffingTable'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Plan a facility on a candidate site: a siting profile and the year construction starts
   * @description Access: admin role.
   */
  addPlannedFacility: {
    requestBody: {
      content: {
        'application/json': components['schemas']['PlannedFacilityInput'];
      };
    };
    responses: {
      /** @description Planned */
      201: {
        content: {
          'application/json': components['schemas']['PlannedFacility'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Drop a planned facility
   * @description Access: admin role.
   */
  removePlannedFacility: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * State an incubation tenant's hiring plan (its members, or an admin)
   * @description Access: admin or member role.
   */
  addHiringPlan: {
    requestBody: {
      content: {
        'application/json': components['schemas']['HiringPlanInput'];
      };
    };
    responses: {
      /** @description Stated */
      201: {
        content: {
          'application/json': components['schemas']['HiringPlan'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Consultation topics with their response targets in Japanese working days
   * @description Access: anyone.
   */
  listDeskTopics: {
    responses: {
      /** @description Every topic */
      200: {
        content: {
          'application/json': components['schemas']['DeskTopicList'];
        };
      };
    };
  };
  /**
   * Set a topic's first-answer and close targets (working days)
   * @description Access: admin role.
   */
  setDeskTopicTargets: {
    parameters: {
      path: {
        code: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeskTopicPatch'];
      };
    };
    responses: {
      /** @description The topic */
      200: {
        content: {
          'application/json': components['schemas']['DeskTopic'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Open a consultation without an account (rate-limited per client)
   * @description The answer says only that it was received: nothing of the stored case comes back.
   *
   * Access: anyone.
   */
  submitPublicConsultation: {
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicConsultationInput'];
      };
    };
    responses: {
      /** @description Received */
      202: {
        content: {
          'application/json': components['schemas']['ConsultationReceived'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many attempts */
      429: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Coordinators: the queue; members: their organisation's; partners: those referred to them
   * @description Access: admin or member or agency role.
   */
  listConsultations: {
    parameters: {
      query?: {
        topic?: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
        status?: 'new' | 'triaged' | 'closed';
        overdue?: 'true' | 'false';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Consultations */
      200: {
        content: {
          'application/json': components['schemas']['ConsultationList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Staff record one taken by phone or at a visit; a member opens one for its organisation
   * @description Access: admin or member role.
   */
  createConsultation: {
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationInput'];
      };
    };
    responses: {
      /** @description Opened */
      201: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A consultation with its referrals and timeline (404 to whoever may not see it)
   * @description Access: admin or member or agency role.
   */
  getConsultation: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Owner, priority and targets
   * @description Access: admin role.
   */
  triageConsultation: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationTriage'];
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Refer to partner organisations
   * @description Access: admin role.
   */
  referConsultation: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationReferral'];
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a note or an answer
   * @description Access: admin or member or agency role.
   */
  addConsultationNote: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationNote'];
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Close with a follow-up date
   * @description Access: admin role.
   */
  closeConsultation: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationClose'];
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Reopen; the history stays
   * @description Access: admin role.
   */
  reopenConsultation: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationReopen'];
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The partner takes the case
   * @description Access: agency role.
   */
  acceptReferral: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The partner hands it back, with a reason
   * @description Access: agency role.
   */
  returnReferral: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralReturn'];
      };
    };
    responses: {
      /** @description The consultation as the caller sees it */
      200: {
        content: {
          'application/json': components['schemas']['Consultation'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Each close of the case: follow-up date, reminder, satisfaction link and answer
   * @description A reopened case keeps its earlier rounds (endedAt set). 404 to whoever may not see the case.
   *
   * Access: admin or member role.
   */
  getConsultationAftercare: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Rounds, oldest first */
      200: {
        content: {
          'application/json': components['schemas']['ConsultationAftercare'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Flag a consultation: the company plans to expand, to leave, or is short of staff
   * @description Access: admin role.
   */
  flagConsultation: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeskFlagInput'];
      };
    };
    responses: {
      /** @description Raised */
      201: {
        content: {
          'application/json': components['schemas']['DeskFlag'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The coordinator's red flags, from consultations and survey answers, newest first
   * @description Access: admin role.
   */
  listDeskFlags: {
    parameters: {
      query?: {
        status?: 'open' | 'resolved';
        kind?: 'expansion' | 'withdrawal' | 'staff-shortage';
        consultation?: string;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Flags */
      200: {
        content: {
          'application/json': components['schemas']['DeskFlagList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Mark a flag as dealt with (once; a stale version is a 409)
   * @description Access: admin role.
   */
  resolveDeskFlag: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeskFlagResolve'];
      };
    };
    responses: {
      /** @description Resolved */
      200: {
        content: {
          'application/json': components['schemas']['DeskFlag'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A case's files with who added them and when (404 to whoever may not see the case)
   * @description Access: admin or member or agency role.
   */
  listConsultationFiles: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Files, oldest first */
      200: {
        content: {
          'application/json': components['schemas']['ConsultationFileList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a file to a case (the body is the file): the desk, the company, a partner that accepted
   * @description At most 5242880 bytes, PDF, JPEG, PNG or WebP, read from its first bytes; a Content-Type that contradicts them is refused. A case has at most 20 files.
   *
   * Access: admin or member or agency role.
   */
  uploadConsultationFile: {
    parameters: {
      query: {
        name: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/pdf': string;
        'image/jpeg': string;
        'image/png': string;
        'image/webp': string;
      };
    };
    responses: {
      /** @description Stored */
      201: {
        content: {
          'application/json': components['schemas']['ConsultationFile'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The file itself, for whoever may see its case
   * @description Access: admin or member or agency role.
   */
  getConsultationFile: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The file, with its real type; a PDF comes as an attachment */
      200: {
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The coordinator's figures: by topic and month, response times against targets, overdue, referrals
   * @description Working days on the Japanese calendar; times are counted for consultations received in the period, overdue cases as of today, referrals sent in the period.
   *
   * Access: admin role.
   */
  getDeskFigures: {
    parameters: {
      query?: {
        /** @description First day (Japan) of the period; default: 12 months back */
        from?: string;
        /** @description Last day (Japan) of the period; default: today */
        to?: string;
      };
    };
    responses: {
      /** @description The figures */
      200: {
        content: {
          'application/json': components['schemas']['DeskFigures'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The same figures as a spreadsheet, one sheet per chart
   * @description Access: admin role.
   */
  deskFiguresXlsx: {
    parameters: {
      query?: {
        /** @description First day (Japan) of the period; default: 12 months back */
        from?: string;
        /** @description Last day (Japan) of the period; default: today */
        to?: string;
      };
    };
    responses: {
      /** @description A spreadsheet file */
      200: {
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Search past consultations (JA/EN, with the glossary); each caller within the cases it may see
   * @description Access: admin or member or agency role.
   */
  searchConsultations: {
    parameters: {
      query: {
        /** @description Words in Japanese or English; the glossary finds the other language’s term too */
        q: string;
        topic?: 'technology' | 'ip' | 'funding' | 'siting' | 'permits' | 'talent' | 'export' | 'other';
        status?: 'new' | 'triaged' | 'closed';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Hits, newest first */
      200: {
        content: {
          'application/json': components['schemas']['ConsultationSearchResult'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Explainer pages: the published ones; a coordinator also sees drafts
   * @description Access: anyone.
   */
  listExplainers: {
    responses: {
      /** @description Explainer pages */
      200: {
        content: {
          'application/json': components['schemas']['ExplainerList'];
        };
      };
    };
  };
  /**
   * Write a new explainer page (Markdown, both languages)
   * @description Access: admin role.
   */
  createExplainer: {
    requestBody: {
      content: {
        'application/json': components['schemas']['ExplainerInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['Explainer'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * One explainer page with its Markdown rendered and sanitised, and its sources
   * @description Access: anyone.
   */
  getExplainer: {
    parameters: {
      path: {
        slug: string;
      };
    };
    responses: {
      /** @description The page */
      200: {
        content: {
          'application/json': components['schemas']['Explainer'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Replace an explainer page (a new version; the feed shows the update once published)
   * @description Access: admin role.
   */
  updateExplainer: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExplainerInput'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Explainer'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Published questions with their answers, newest first; `q` searches questions and answers (JA/EN)
   * @description Access: anyone.
   */
  listPublicQuestions: {
    parameters: {
      query?: {
        q?: string;
        answered?: 'true' | 'false';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Questions */
      200: {
        content: {
          'application/json': components['schemas']['PublicQuestionList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Ask a question without an account (rate-limited per client); it waits for moderation
   * @description The answer says only that it was received.
   *
   * Access: anyone.
   */
  askPublicQuestion: {
    requestBody: {
      content: {
        'application/json': components['schemas']['AskQuestionInput'];
      };
    };
    responses: {
      /** @description Received */
      202: {
        content: {
          'application/json': components['schemas']['PublicSubmissionReceived'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many attempts */
      429: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * One published question
   * @description Access: anyone.
   */
  getPublicQuestion: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The question */
      200: {
        content: {
          'application/json': components['schemas']['PublicQuestion'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Be told by e-mail when a published question is answered (rate-limited per client)
   * @description Access: anyone.
   */
  followPublicQuestion: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowQuestionInput'];
      };
    };
    responses: {
      /** @description Received */
      202: {
        content: {
          'application/json': components['schemas']['PublicSubmissionReceived'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many attempts */
      429: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Stop the mails: the token comes in each mail
   * @description Access: anyone.
   */
  unfollowPublicQuestion: {
    parameters: {
      path: {
        token: string;
      };
    };
    responses: {
      /** @description Unfollowed */
      204: {
        content: never;
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Every question with its state and private contact, for the coordinator
   * @description Access: admin role.
   */
  listQuestionsToModerate: {
    parameters: {
      query?: {
        status?: 'pending' | 'published' | 'merged' | 'rejected';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Questions */
      200: {
        content: {
          'application/json': components['schemas']['ModeratedQuestionList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Publish a pending question, with an answer if ready
   * @description Access: admin role.
   */
  publishPublicQuestion: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishQuestionInput'];
      };
    };
    responses: {
      /** @description The question as the coordinator sees it */
      200: {
        content: {
          'application/json': components['schemas']['ModeratedQuestion'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Answer a published question on the record, naming the organisation
   * @description Access: admin role.
   */
  answerPublicQuestion: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerQuestionInput'];
      };
    };
    responses: {
      /** @description The question as the coordinator sees it */
      200: {
        content: {
          'application/json': components['schemas']['ModeratedQuestion'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Merge a pending question into a published one; its followers move
   * @description Access: admin role.
   */
  mergePublicQuestion: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeQuestionInput'];
      };
    };
    responses: {
      /** @description The question as the coordinator sees it */
      200: {
        content: {
          'application/json': components['schemas']['ModeratedQuestion'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Reject a pending question with a reason
   * @description Access: admin role.
   */
  rejectPublicQuestion: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectQuestionInput'];
      };
    };
    responses: {
      /** @description The question as the coordinator sees it */
      200: {
        content: {
          'application/json': components['schemas']['ModeratedQuestion'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The FAQ (JA/EN); `q` searches it
   * @description Access: anyone.
   */
  listFaq: {
    parameters: {
      query?: {
        q?: string;
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Entries */
      200: {
        content: {
          'application/json': components['schemas']['FaqList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Publish a consultation's answer as a FAQ entry, in its own words and without the company
   * @description Access: admin role.
   */
  createFaqEntry: {
    requestBody: {
      content: {
        'application/json': components['schemas']['FaqInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['FaqEntry'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit a FAQ entry or take it off the public pages; If-Match the version read
   * @description An entry made from a consultation is refused (400 on the text) if it names the company or contact.
   *
   * Access: admin role.
   */
  updateFaqEntry: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FaqPatch'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['FaqEntry'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An Atom feed of new answers and explainer updates
   * @description Access: anyone.
   */
  publicFeed: {
    responses: {
      /** @description Atom */
      200: {
        content: {
          'application/atom+xml': string;
        };
      };
    };
  };
  /**
   * Agreements (memoranda, joint statements, partnerships) with their parties and areas
   * @description Access: anyone.
   */
  listAgreements: {
    responses: {
      /** @description Agreements */
      200: {
        content: {
          'application/json': components['schemas']['AgreementList'];
        };
      };
    };
  };
  /**
   * Record an agreement between directory organisations, with the areas of cooperation it defines
   * @description Access: admin role.
   */
  createAgreement: {
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An agreement: activities per area and month, and the areas with nothing in the last year
   * @description Access: anyone.
   */
  getAgreement: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The agreement */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit an agreement (status, renewal, parties; add areas) with If-Match
   * @description Access: admin role.
   */
  updateAgreement: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record an activity under one of the agreement's areas (coordinators, and the parties' accounts)
   * @description Access: any signed-in account; the record decides the rest.
   */
  recordAgreementActivity: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementActivityInput'];
      };
    };
    responses: {
      /** @description The agreement with the activity */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete an activity with If-Match on the activity's version (coordinators, the parties' accounts)
   * @description Access: any signed-in account; the record decides the rest.
   */
  deleteAgreementActivity: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The agreement without the activity */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit an activity with If-Match on the activity's version (coordinators, the parties' accounts)
   * @description Access: any signed-in account; the record decides the rest.
   */
  updateAgreementActivity: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementActivityInput'];
      };
    };
    responses: {
      /** @description The agreement with the activity */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Information-sharing bulletins you may read, newest first (public; members; partners)
   * @description Access: anyone.
   */
  listBulletins: {
    parameters: {
      query?: {
        tag?: string;
        kind?: 'regulation-news' | 'market-news' | 'success-case' | 'call-for-proposals';
        limit?: number;
        offset?: number | null;
      };
    };
    responses: {
      /** @description Bulletins */
      200: {
        content: {
          'application/json': components['schemas']['BulletinList'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Publish a bulletin (coordinators, partner agencies, members of an agreement party)
   * @description Access: admin or agency or member role.
   */
  publishBulletin: {
    requestBody: {
      content: {
        'application/json': components['schemas']['BulletinInput'];
      };
    };
    responses: {
      /** @description Published */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Bulletin'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An Atom feed of the public bulletins with a tag (a technology code or area:<agreement>/<area>)
   * @description Access: anyone.
   */
  bulletinFeed: {
    parameters: {
      query?: {
        tag?: string;
      };
    };
    responses: {
      /** @description Atom */
      200: {
        content: {
          'application/atom+xml': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The tags you follow (the weekly digest by e-mail brings their bulletins)
   * @description Access: any signed-in account; the record decides the rest.
   */
  getBulletinSubscriptions: {
    responses: {
      /** @description Your tags */
      200: {
        content: {
          'application/json': components['schemas']['BulletinSubscriptions'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Replace the tags you follow
   * @description Access: any signed-in account; the record decides the rest.
   */
  setBulletinSubscriptions: {
    requestBody: {
      content: {
        'application/json': components['schemas']['BulletinSubscriptions'];
      };
    };
    responses: {
      /** @description Your tags */
      200: {
        content: {
          'application/json': components['schemas']['BulletinSubscriptions'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A bulletin; one you may not read is a 404
   * @description Access: anyone.
   */
  getBulletin: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The bulletin */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Bulletin'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit a bulletin (its author's organisation, coordinators) with If-Match
   * @description Access: admin or agency or member role.
   */
  updateBulletin: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulletinPatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['Bulletin'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The alliance's working groups with their member organisations and lead
   * @description Access: any signed-in account; the record decides the rest.
   */
  listAllianceGroups: {
    responses: {
      /** @description Working groups */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroupList'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Create a working group with its members and lead
   * @description Access: admin role.
   */
  createAllianceGroup: {
    requestBody: {
      content: {
        'application/json': components['schemas']['AllianceGroupInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A working group; meeting records, action items and group documents for its members only
   * @description Access: any signed-in account; the record decides the rest.
   */
  getAllianceGroup: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The group */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Replace a group's members and lead
   * @description Access: admin role.
   */
  setAllianceGroupMembers: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AllianceGroupMembers'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record a meeting and its action items (the lead organisation's accounts, coordinators)
   * @description Access: any signed-in account; the record decides the rest.
   */
  recordAllianceMeeting: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AllianceMeetingInput'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Share a document (a link) with the group, or with every member
   * @description Access: any signed-in account; the record decides the rest.
   */
  addAllianceDocument: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AllianceDocumentInput'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Mark an action item done (group members, coordinators); once only
   * @description Access: any signed-in account; the record decides the rest.
   */
  completeAllianceActionItem: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The group */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Upload a file (the body) for the group, or for every member: group members and coordinators
   * @description At most 10485760 bytes, PDF, JPEG, PNG or WebP, read from its first bytes; a Content-Type that contradicts them is refused. A group holds at most 100 files.
   *
   * Access: any signed-in account; the record decides the rest.
   */
  uploadAllianceDocument: {
    parameters: {
      query: {
        name: string;
        titleJa?: string;
        titleEn?: string;
        visibility?: 'group' | 'members';
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/pdf': string;
        'image/jpeg': string;
        'image/png': string;
        'image/webp': string;
      };
    };
    responses: {
      /** @description Stored */
      201: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * An uploaded document itself, for whoever may see it (404 to anyone else)
   * @description Access: any signed-in account; the record decides the rest.
   */
  getAllianceDocumentFile: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The file, with its real type; a PDF comes as an attachment */
      200: {
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a document, link or file (whoever shared it, the lead organisation, coordinators)
   * @description Access: any signed-in account; the record decides the rest.
   */
  deleteAllianceDocument: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The group */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Delete a meeting record and its action items with If-Match (the lead's accounts, coordinators)
   * @description Access: any signed-in account; the record decides the rest.
   */
  deleteAllianceMeeting: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The group */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Edit a meeting record and its open action items with If-Match (the lead's accounts, coordinators)
   * @description Access: any signed-in account; the record decides the rest.
   */
  updateAllianceMeeting: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AllianceMeetingInput'];
      };
    };
    responses: {
      /** @description The group */
      200: {
        content: {
          'application/json': components['schemas']['AllianceGroup'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request body too large */
      413: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The clusters on the platform with their number of phases and current phase (GET /clusters: the taxonomy)
   * @description Access: anyone.
   */
  listClusterStandings: {
    responses: {
      /** @description Clusters */
      200: {
        content: {
          'application/json': {
            items: components['schemas']['ClusterSummary'][];
            total: number;
          };
        };
      };
    };
  };
  /**
   * The clusters' indicators side by side, as of a date
   * @description Access: admin or agency role.
   */
  compareClusters: {
    parameters: {
      query?: {
        /** @description Figures as the data stood then: a date (its end in Japan) or an instant; default now */
        asOf?: string;
        /** @description Cluster keys, comma-separated; default all */
        clusters?: string;
      };
    };
    responses: {
      /** @description Comparison */
      200: {
        content: {
          'application/json': components['schemas']['ClusterComparison'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * A cluster's phases, milestones, current phase with its history, and context facts
   * @description Access: anyone.
   */
  getClusterPlan: {
    parameters: {
      path: {
        key: string;
      };
    };
    responses: {
      /** @description The plan */
      200: {
        content: {
          'application/json': components['schemas']['ClusterPlan'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Where a cluster stands: each indicator per month as of a date, its target for the current phase and status
   * @description Access: admin or agency role.
   */
  getClusterDashboard: {
    parameters: {
      query?: {
        /** @description Figures as the data stood then: a date (its end in Japan) or an instant; default now */
        asOf?: string;
        /** @description A Japanese region or prefecture key (tohoku, aomori, kanto…); default: none */
        region?: string;
        /** @description A month in Japan time, YYYY-MM */
        from?: string;
        /** @description A month in Japan time, YYYY-MM */
        to?: string;
      };
      path: {
        key: string;
      };
    };
    responses: {
      /** @description The dashboard */
      200: {
        content: {
          'application/json': components['schemas']['ClusterDashboard'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The yearly report's figures as a spreadsheet (Japan's fiscal year, April to March)
   * @description Access: admin or agency role.
   */
  clusterReportXlsx: {
    parameters: {
      query: {
        year: number;
      };
      path: {
        key: string;
      };
    };
    responses: {
      /** @description A spreadsheet file */
      200: {
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The records behind one month's figure of an indicator (anonymous needs never name their owner)
   * @description Access: admin role.
   */
  listClusterIndicatorRecords: {
    parameters: {
      query?: {
        /** @description Figures as the data stood then: a date (its end in Japan) or an instant; default now */
        asOf?: string;
        /** @description A Japanese region or prefecture key (tohoku, aomori, kanto…); default: none */
        region?: string;
        /** @description A month in Japan time, YYYY-MM */
        month?: string;
        limit?: number;
        offset?: number | null;
      };
      path: {
        key: string;
        indicator:
          | 'organizations-in-region'
          | 'members'
          | 'technology-coverage'
          | 'technology-gaps'
          | 'needs-posted'
          | 'seeds-posted'
          | 'introductions'
          | 'introduction-conversion'
          | 'survey-response-rate'
          | 'members-planning-site'
          | 'sites-evaluated'
          | 'facilities-committed'
          | 'tenants'
          | 'occupancy'
          | 'graduations'
          | 'trainees'
          | 'completions'
          | 'placements'
          | 'open-positions'
          | 'workforce-gap'
          | 'consultations'
          | 'time-to-answer'
          | 'events-held'
          | 'attendance'
          | 'companies-reached'
          | 'agreement-activities';
      };
    };
    responses: {
      /** @description Records */
      200: {
        content: {
          'application/json': components['schemas']['ClusterIndicatorRecords'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Set (or with null remove) targets per indicator and phase
   * @description Access: admin role.
   */
  putClusterTargets: {
    parameters: {
      path: {
        key: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterTargetsInput'];
      };
    };
    responses: {
      /** @description All targets of the cluster */
      200: {
        content: {
          'application/json': components['schemas']['ClusterTargets'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record the current phase with a dated note (every setting is kept)
   * @description Access: admin role.
   */
  setClusterPhase: {
    parameters: {
      path: {
        key: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterPhaseInput'];
      };
    };
    responses: {
      /** @description The plan */
      201: {
        content: {
          'application/json': components['schemas']['ClusterPlan'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Add a regional milestone
   * @description Access: admin role.
   */
  createClusterMilestone: {
    parameters: {
      path: {
        key: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterMilestoneInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['ClusterMilestone'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Record a milestone's actual date (or edit a regional one) with If-Match
   * @description Access: admin role.
   */
  updateClusterMilestone: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        key: string;
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterMilestonePatch'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['ClusterMilestone'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * The coordinator's note for a year's report, with If-Match when it exists
   * @description Access: admin role.
   */
  putClusterNote: {
    parameters: {
      header?: {
        /** @description The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. Optional for compatibility; the web app always sends it. */
        'if-match'?: string;
      };
      path: {
        key: string;
        year: number;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterNoteInput'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The version of the record, "<version>" (strong); send it back in If-Match when editing */
          ETag?: string;
        };
        content: {
          'application/json': components['schemas']['ClusterNote'];
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description precondition_failed: If-Match names a version the record has moved on from (someone else changed it) */
      412: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  /**
   * Correct the day an organisation joined the cluster (its real membership date)
   * @description Access: admin role.
   */
  putClusterMembershipDate: {
    parameters: {
      path: {
        key: string;
        id: string;
      };
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterMembershipInput'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        content: {
          'application/json': components['schemas']['ClusterMembershipInput'] & Record<string, never>;
        };
      };
      /** @description Invalid input; details name each bad field */
      400: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in */
      401: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed, or CSRF token missing */
      403: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not sent as JSON (Content-Type: application/json) */
      415: {
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
