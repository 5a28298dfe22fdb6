import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The industry-map feature's words, Japanese and English together; loaded with the feature's chunk. */
export const industryMapMessages = {
  imapTitle: { ja: '技術・産業マップ', en: 'Technology and industry map' },
  imapViews: { ja: '産業マップの表示', en: 'Industry map views' },
  imapGeographic: { ja: '地図', en: 'Map' },
  imapHeatmap: { ja: '技術×地域', en: 'Technology × region' },
  imapSupplyChain: { ja: 'サプライチェーン', en: 'Supply chain' },
  imapNetwork: { ja: 'ネットワーク', en: 'Network' },
  imapGaps: { ja: 'ギャップ分析', en: 'Gaps' },
  imapShortlist: { ja: 'サプライヤー候補リスト', en: 'Supplier shortlist' },
  imapHeatmapIntro: {
    ja: '技術分野（行）と地域（列）ごとの組織数です。上位分野は下位分野を含みます。数字を選ぶと該当する組織の一覧を表示します。',
    en: 'Organisations per technology area (rows) and region (columns); an area counts its sub-areas. Choose a number to list the organisations behind it.',
  },
  imapWholeArea: { ja: '分野全体', en: 'whole area' },
  imapClose: { ja: '閉じる', en: 'Close' },
  imapMoreInDirectory: { ja: '先頭の {shown} 件を表示しています。', en: 'Showing the first {shown}.' },
  imapTohoku: { ja: '東北', en: 'Tohoku' },
  imapOtherJapan: { ja: 'その他の国内', en: 'Rest of Japan' },
  imapAbroad: { ja: '海外', en: 'Abroad' },
  imapAomori: { ja: '青森県', en: 'Aomori' },
  imapJapan: { ja: '日本全国', en: 'All of Japan' },
  imapExpandAll: { ja: 'すべて展開', en: 'Expand all' },
  imapCollapseAll: { ja: 'すべて折りたたむ', en: 'Collapse all' },
  imapHeatmapCaption: { ja: '技術分野別・地域別の組織数', en: 'Organisations by technology area and region' },
  imapTotal: { ja: '合計', en: 'Total' },
  imapOrganizationsInRegion: {
    ja: '地域の組織数（重複なし）',
    en: 'Organisations in the region (each once)',
  },
  imapSupplyChainIntro: {
    ja: '選んだ技術分野について、炉開発事業者からインテグレーター、部品・材料サプライヤー、サービスまで、役割ごとに組織を並べます。',
    en: 'For a technology area, the organisations by supply-chain role: developers, integrators, component and materials suppliers, services.',
  },
  imapSupplyChainSummary: {
    ja: '{count} 組織（うち {multi} 組織は複数の役割を持ち、それぞれの列に表示されます）',
    en: '{count} organisations ({multi} have several roles and appear in each of their columns)',
  },
  imapSeveralRoles: { ja: '複数の役割', en: 'Several roles' },
  imapAllInDirectory: { ja: 'ディレクトリで {total} 件すべてを見る', en: 'See all {total} in the directory' },
  relMembership: { ja: '会員', en: 'Membership' },
  relPartnership: { ja: '連携', en: 'Partnership' },
  relSupplierCustomer: { ja: '取引（供給）', en: 'Supplier–customer' },
  relJointResearch: { ja: '共同研究', en: 'Joint research' },
  relInvestment: { ja: '出資', en: 'Investment' },
  imapNetworkIntro: {
    ja: '会員関係・連携・取引・共同研究・出資でつながる組織のネットワークです。円を選ぶとプロフィールを開きます。',
    en: 'Organisations linked by memberships, partnerships, supply, joint research and investment. Choose a node to open its profile.',
  },
  imapRelationTypes: { ja: '関係の種類', en: 'Relation types' },
  imapNetworkSummary: { ja: '{nodes} 組織・{links} 件の関係', en: '{nodes} organisations, {links} links' },
  imapNetworkTruncated: { ja: '（全 {total} 件のうち一部を表示）', en: '(part of {total} links shown)' },
  imapNoLinks: { ja: '条件に合う関係はありません。', en: 'No links match.' },
  imapLinkList: { ja: '関係の一覧と出典', en: 'List of links with sources' },
  imapFrom: { ja: '組織', en: 'From' },
  imapTo: { ja: '相手', en: 'To' },
  imapRelationType: { ja: '種類', en: 'Type' },
  imapSince: { ja: '開始', en: 'Since' },
  imapFromMemberships: { ja: '組織の所属団体より', en: 'From the organisation’s memberships' },
  imapGapsIntro: {
    ja: 'クラスターの技術分野ごとに、需要（開発事業者・インテグレーターと募集中のニーズ）と供給（サプライヤー・サービス・研究）を比べます。需要があるのに地元に供給者がいない分野を先頭に表示します。',
    en: 'Per technology area of the cluster, demand (developers, integrators and open needs) against supply (suppliers, services, research). Areas in demand with no local supplier come first.',
  },
  imapDemand: { ja: '需要', en: 'Demand' },
  imapLocalSupply: { ja: '地元の供給', en: 'Local supply' },
  imapLocalSupplyIn: { ja: '{region} の供給', en: 'Supply in {region}' },
  imapNationalSupply: { ja: '国内の供給', en: 'Supply in Japan' },
  imapSupplyAll: { ja: '供給（全体）', en: 'Supply (all)' },
  imapLocalRegion: { ja: '地元とする地域', en: 'Local region' },
  imapGapsSummary: {
    ja: '{region} に供給者がいない需要分野：{gaps}',
    en: 'Areas in demand with no supplier in {region}: {gaps}',
  },
  imapNeedsLater: {
    ja: '会員のニーズ投稿による需要は、マッチング機能の公開後に加算されます。',
    en: 'Demand from posted needs will be added when the matching module opens.',
  },
  imapNoDemand: {
    ja: 'このクラスターには、需要のある技術分野がまだありません。',
    en: 'No technology area of this cluster is in demand yet.',
  },
  imapGapBadge: { ja: '地元に供給者なし', en: 'No local supplier' },
  imapShortlistIntro: {
    ja: '技術分野と地域を選ぶと、対応できる組織を根拠とともに順位付けして表示します。Excel 出力と印刷ができます。',
    en: 'Choose technology areas and a region to get a ranked list of capable organisations with their sources, for Excel or print.',
  },
  imapNoPreference: { ja: '指定なし', en: 'No preference' },
  imapAddTechnology: { ja: '技術分野を追加', en: 'Add a technology area' },
  imapPreferRegion: { ja: '優先する地域', en: 'Region to rank first' },
  imapChosenTechnologies: { ja: '選択中の技術分野', en: 'Chosen technology areas' },
  imapChooseTechnology: { ja: '技術分野を選んでください', en: 'Choose a technology area' },
  imapRemoveTechnology: { ja: '{code} を外す', en: 'Remove {code}' },
  imapRankingRule: {
    ja: '順位：対応する分野の数 → 完全一致の数 → 下位分野での一致 → 優先地域 → 名称',
    en: 'Ranked by: areas covered → exact matches → matches through a sub-area → preferred region → name',
  },
  imapPrint: { ja: '印刷', en: 'Print' },
  imapShortlistCount: { ja: '{total} 件中 {shown} 件', en: '{shown} of {total}' },
  imapRank: { ja: '順位', en: 'Rank' },
  imapOrganization: { ja: '組織', en: 'Organisation' },
  imapMatched: { ja: '該当する分野', en: 'Matching areas' },
  imapExact: { ja: '完全一致', en: 'exact' },
  imapNarrower: { ja: '下位分野で一致', en: 'through a sub-area' },
  imapBroader: { ja: '上位分野のみ', en: 'area above only' },
  imapLocal: { ja: '地元', en: 'Local' },
  imapNoneInRegion: {
    ja: '{region}には、選んだ技術を持つ組織がありません。',
    en: 'No organisation in {region} has the chosen technologies.',
  },
  imapNearestFrom: {
    ja: '{place}から近い順に：',
    en: 'The nearest, measured from {place}:',
  },
  imapNoneNearby: {
    ja: '所在地の座標がある候補がないため、距離は示せません。下の一覧は地域外の候補です。',
    en: 'No candidate has coordinates, so no distance can be given; the list below is from outside the region.',
  },
  imapLocalCount: { ja: '{region}内：{count} 件', en: 'In {region}: {count}' },
  imapDistance: { ja: '距離', en: 'Distance' },
  imapKm: { ja: '{km} km', en: '{km} km' },
  industryMapTitle: { ja: '産業マップ', en: 'Industry map' },
  industryMapIntro: {
    ja: 'フュージョン産業に関わる企業・研究機関・大学などの所在地と、施設の立地候補地（◆）です。色はサプライチェーン上の主な役割を表します。',
    en: 'Where the companies, research institutes and universities of the fusion industry are, and the candidate sites for facilities (◆). Colours show each organisation’s main supply-chain role.',
  },
  mapLegend: { ja: '凡例', en: 'Legend' },
  mapRoleNone: { ja: '役割未登録', en: 'No role given' },
  mapPlacedCount: { ja: '{total} 件を表示', en: '{total} shown' },
  mapUnplaced: {
    ja: '所在地（緯度・経度）が未登録の {count} 件は地図に表示されません。',
    en: '{count} without coordinates are not on the map.',
  },
  mapOpenProfile: { ja: 'プロフィールを見る', en: 'Open profile' },
  mapShowInDirectory: { ja: 'この条件でディレクトリを開く', en: 'Open these filters in the directory' },
  mapSelected: { ja: '選択中の組織', en: 'Selected organisation' },
  mapSelectHint: {
    ja: 'マーカーまたは一覧から組織や立地候補地を選ぶと、ここに概要が表示されます。',
    en: 'Choose a marker or a list entry to see the organisation or site here.',
  },
  mapShowSites: { ja: '立地候補地も表示（{count} 件）', en: 'Also show candidate sites ({count})' },
  mapSiteLegend: { ja: '立地候補地', en: 'Candidate site' },
  mapSelectedSite: { ja: '選択中の立地候補地', en: 'Selected candidate site' },
  mapOpenSiting: { ja: '立地検討で比べる', en: 'Compare in siting' },
} satisfies Messages;

registerMessages('industry-map', industryMapMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof industryMapMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
