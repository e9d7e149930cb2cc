// The demo briefs' content, from ../shared/reference/domain.md (Aug–Oct 2023), in English,
// Chinese and Korean, spread across distribution levels, statuses and institutions. Written to
// the database by ./seed-intelligence.ts.
import type { BriefCategory, BriefStatus, Distribution } from "@/lib/generated/prisma/enums";

interface DemoBrief {
  workspace: string;
  author: string;
  title: string;
  summary: string;
  body: string;
  category: BriefCategory;
  distribution: Distribution;
  status: BriefStatus;
  countries: string[];
  areas: string[];
  published?: string;
  recipients?: string[];
  sources: { publisher: string; title: string; url: string; date: string }[];
}

export const KOREA_US = "Korea–US S&T partnership";
export const CHINA_WATCH = "S&T policy watch (CASISD)";

export const DEMO_BRIEFS: DemoBrief[] = [
  {
    workspace: KOREA_US,
    author: "analyst@stpi.demo",
    title: "CHIPS and Science Act, one year on",
    summary:
      "About USD 53 bn for semiconductor manufacturing, R&D and workforce, with a 25% investment tax credit, has drawn more than USD 166 bn of announced company investment.",
    body: "## What happened\n\nOne year after the **CHIPS and Science Act** was signed, the administration reported:\n\n- about **USD 53 bn** for semiconductor manufacturing incentives, R&D and workforce development;\n- a **25% investment tax credit** for fabs;\n- over **USD 166 bn** of investment announced by companies;\n- at least **50 community colleges** with new or expanded semiconductor programmes.\n\n## Why it matters for Korea\n\nKorean memory and foundry makers are among the largest announced investors; workforce programmes are a candidate for the Joint Committee's talent-exchange agenda item.",
    category: "INVESTMENT",
    distribution: "WORKSPACE",
    status: "PUBLISHED",
    countries: ["US"],
    areas: ["semiconductors"],
    published: "2023-08-10",
    sources: [
      {
        publisher: "The White House",
        title: "Fact sheet: One year after the CHIPS and Science Act",
        url: "https://www.whitehouse.gov/briefing-room/statements-releases/2023/08/09/fact-sheet-one-year-after-the-chips-and-science-act/",
        date: "2023-08-09",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stepi.demo",
    title: "US executive order restricts outbound investment in semiconductors, quantum and AI",
    summary:
      "The 9 August 2023 order creates a regime, complementary to export controls, for US investment in countries of concern in three technology areas; Treasury's advance notice asks 83 questions with 45 days for comment.",
    body: 'The executive order of **9 August 2023** directs the Treasury to prohibit or require notification of certain US investments in entities of countries of concern active in:\n\n1. semiconductors and microelectronics;\n2. quantum information technologies;\n3. artificial intelligence systems.\n\nThe Treasury\'s **advance notice of proposed rulemaking** asked **83 questions** and allowed **45 days** for comment. The measure complements existing export control rules rather than replacing them.\n\n> For Korean firms with US investors, the scope of "covered foreign person" will be the key question.',
    category: "STRATEGY_PLANNING",
    distribution: "COMMUNITY",
    status: "PUBLISHED",
    countries: ["US", "CN"],
    areas: ["semiconductors", "quantum", "ai"],
    published: "2023-08-14",
    sources: [
      {
        publisher: "The White House",
        title:
          "Executive Order on Addressing United States Investments in Certain National Security Technologies and Products in Countries of Concern",
        url: "https://www.whitehouse.gov/briefing-room/presidential-actions/2023/08/09/executive-order-on-addressing-united-states-investments/",
        date: "2023-08-09",
      },
      {
        publisher: "US Department of the Treasury",
        title: "Advance notice of proposed rulemaking on outbound investment",
        url: "https://home.treasury.gov/news/press-releases/jy1686",
        date: "2023-08-09",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stpi.demo",
    title: "NIST report to Congress on critical technologies",
    summary:
      "NIST's 17 August 2023 report reviews US standing in AI, IoT, quantum computing, blockchain, advanced materials, unmanned delivery and additive manufacturing.",
    body: "NIST's report to Congress (17 August 2023) surveys seven critical technologies — **artificial intelligence, the Internet of Things, quantum computing, blockchain, advanced materials, unmanned delivery services and additive manufacturing** — and the federal activities, standards work and industry landscape behind each.\n\nStandards cooperation with counterparts was also named at the Camp David summit the next day.",
    category: "THINK_TANK_VIEWS",
    distribution: "PUBLIC",
    status: "PUBLISHED",
    countries: ["US"],
    areas: ["ai", "quantum", "materials"],
    published: "2023-08-21",
    sources: [
      {
        publisher: "NIST",
        title: "Report to Congress on critical and emerging technologies",
        url: "https://www.nist.gov/",
        date: "2023-08-17",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stpi.demo",
    title: "OSTP/OMB FY2025 R&D budget priorities memo",
    summary: "The 17 August 2023 memo sets the administration's multi-agency R&D priorities for the FY2025 budget.",
    body: "The annual OSTP/OMB memo (17 August 2023) tells agencies which R&D priorities to reflect in their **FY2025** budget submissions: critical and emerging technologies, climate, health, and the S&T workforce among them.",
    category: "INVESTMENT",
    distribution: "WORKSPACE",
    status: "PUBLISHED",
    countries: ["US"],
    areas: ["ai", "clean-energy", "biotech"],
    published: "2023-08-24",
    sources: [
      {
        publisher: "OSTP / OMB",
        title: "Multi-agency research and development priorities for the FY2025 budget",
        url: "https://www.whitehouse.gov/ostp/",
        date: "2023-08-17",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stpi.demo",
    title: "DOE 2023 Critical Materials Assessment: 38 materials across 8 energy technologies",
    summary:
      "The Department of Energy's assessment of 31 July 2023 rates supply risk and importance of 38 materials for eight energy technologies.",
    body: "The **2023 Critical Materials Assessment** (31 July 2023) evaluates **38 materials** used in **8 energy technologies**, rating importance to energy and supply risk in the short (2020–2025) and medium term (2025–2035).",
    category: "STRATEGY_PLANNING",
    distribution: "COMMUNITY",
    status: "PUBLISHED",
    countries: ["US"],
    areas: ["materials", "clean-energy", "batteries"],
    published: "2023-08-03",
    sources: [
      {
        publisher: "US Department of Energy",
        title: "Critical Materials Assessment 2023",
        url: "https://www.energy.gov/cmm/critical-materials-assessment",
        date: "2023-07-31",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stepi.demo",
    title: "Korea's mission-oriented roadmap for 16 key technologies",
    summary:
      "MSIT's 3rd National Strategic Technology Special Committee (29 Aug 2023) set 2030 targets for 16 key technologies in secondary batteries, semiconductors & displays, and advanced mobility. 반도체·이차전지·첨단 모빌리티 분야 임무 중심 전략 로드맵.",
    body: "## 국가전략기술 임무 중심 전략 로드맵\n\n과학기술정보통신부는 2023년 8월 29일 제3회 국가전략기술 특별위원회에서 **이차전지, 반도체·디스플레이, 첨단 모빌리티** 분야 16개 핵심 기술의 2030년 목표를 담은 로드맵을 발표했다.\n\n## In English\n\nThe roadmap is the first to attach mission targets for 2030 to the national strategic technologies; the remaining areas follow in later committee meetings.",
    category: "STRATEGY_PLANNING",
    distribution: "INSTITUTION",
    status: "PUBLISHED",
    countries: ["KR"],
    areas: ["batteries", "semiconductors", "displays", "mobility"],
    published: "2023-08-31",
    sources: [
      {
        publisher: "Ministry of Science and ICT",
        title: "제3회 국가전략기술 특별위원회 개최",
        url: "https://www.msit.go.kr/",
        date: "2023-08-29",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stepi.demo",
    title: "NISTEP Science & Technology Indicators 2023",
    summary:
      "About 170 indicators; Japan's 2021 R&D spending reached 18.1 trillion yen (+2.6%); R&D/GDP was 4.93% in Korea and 3.29% in Japan.",
    body: "NISTEP's annual **Science & Technology Indicators 2023** (8 August 2023) brings together about **170 indicators**.\n\n| | Korea | Japan |\n|---|---|---|\n| R&D / GDP | 4.93% | 3.29% |\n\nJapan's total R&D expenditure in 2021 was **18.1 trillion yen**, up 2.6%.",
    category: "FEATURE_REVIEW",
    distribution: "WORKSPACE",
    status: "PUBLISHED",
    countries: ["JP", "KR"],
    areas: [],
    published: "2023-08-11",
    sources: [
      {
        publisher: "NISTEP",
        title: "Japanese Science and Technology Indicators 2023",
        url: "https://www.nistep.go.jp/en/",
        date: "2023-08-08",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stepi.demo",
    title: "OECD: diverse career paths for doctoral and postdoctoral researchers",
    summary:
      "An OECD report of 1 September 2023 draws on 16 countries to describe careers of doctorate holders inside and outside academia.",
    body: "The report (1 September 2023) compares **16 countries** and recommends better data on doctorate holders' careers and support for mobility between academia, government and industry. Relevant to the quantum talent-exchange item (researcher quotas).",
    category: "TALENT",
    distribution: "RESTRICTED",
    recipients: ["analyst@stpi.demo"],
    status: "PUBLISHED",
    countries: ["KR", "US", "JP", "DE"],
    areas: ["quantum"],
    published: "2023-09-04",
    sources: [
      {
        publisher: "OECD",
        title: "Promoting diverse career pathways for doctoral and postdoctoral researchers",
        url: "https://www.oecd.org/sti/",
        date: "2023-09-01",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stpi.demo",
    title: "Australia: the geography of digital industries",
    summary:
      "CSIRO and the Tech Council (1 Aug 2023): 96 digital technology clusters hold 62% of tech jobs created 2011–2021 on 4% of the land.",
    body: "Draft for review. The study maps **96 digital technology clusters** that hold **62%** of the technology jobs created between 2011 and 2021, on **4%** of Australia's land area.",
    category: "INNOVATION_POLICY",
    distribution: "PUBLIC",
    status: "IN_REVIEW",
    countries: ["AU"],
    areas: ["ai"],
    sources: [
      {
        publisher: "CSIRO",
        title: "Digital technology clusters in Australia",
        url: "https://www.csiro.au/",
        date: "2023-08-01",
      },
    ],
  },
  {
    workspace: KOREA_US,
    author: "analyst@stepi.demo",
    title: "Joint fund for basic and applied research: options",
    summary: "Working notes on funding models for the Korea–US joint research fund discussed at the Joint Committee.",
    body: "Options under study: a matched fund (each side funds its own researchers), a common pot managed by one agency, or calls run in parallel. To be completed.",
    category: "INTERNATIONAL_COOPERATION",
    distribution: "WORKSPACE",
    status: "DRAFT",
    countries: ["KR", "US"],
    areas: [],
    sources: [],
  },
  {
    workspace: CHINA_WATCH,
    author: "admin@casisd.demo",
    title: "日本公布第二批经济安全重要技术培育计划研究开发愿景（草案）",
    summary:
      "2023年8月28日，日本发布经济安全重要技术培育计划第二批研究开发愿景草案，涵盖海洋、航空航天、网络空间与交叉领域、生物技术。",
    body: "日本内阁府于**2023年8月28日**公布“经济安全重要技术培育计划”第二批研究开发愿景（草案），涉及四个领域：\n\n- 海洋；\n- 航空航天；\n- 网络空间及交叉领域；\n- 生物技术。\n\n该计划旨在通过长期研发投入，培育对经济安全具有关键意义的技术。",
    category: "STRATEGY_PLANNING",
    distribution: "COMMUNITY",
    status: "PUBLISHED",
    countries: ["JP"],
    areas: ["ocean", "space", "cybersecurity", "biotech"],
    published: "2023-09-05",
    sources: [
      {
        publisher: "内阁府",
        title: "経済安全保障重要技術育成プログラム 研究開発ビジョン（第二次）案",
        url: "https://www8.cao.go.jp/cstp/",
        date: "2023-08-28",
      },
    ],
  },
  {
    workspace: CHINA_WATCH,
    author: "admin@casisd.demo",
    title: "德国联邦教研部发布《人工智能行动计划》",
    summary:
      "2023年8月23日，德国联邦教育与研究部发布人工智能行动计划，提出11个行动领域，包括50项正在实施的措施和至少20项新措施。",
    body: "德国联邦教育与研究部（BMBF）于**2023年8月23日**发布《人工智能行动计划》，提出**11个行动领域**，涵盖**50项**正在实施的措施以及**至少20项**新措施，重点加强人工智能研究、人才培养和基础设施。",
    category: "STRATEGY_PLANNING",
    distribution: "PUBLIC",
    status: "PUBLISHED",
    countries: ["DE"],
    areas: ["ai"],
    published: "2023-09-01",
    sources: [
      {
        publisher: "BMBF",
        title: "BMBF-Aktionsplan Künstliche Intelligenz",
        url: "https://www.bmbf.de/",
        date: "2023-08-23",
      },
    ],
  },
  {
    workspace: CHINA_WATCH,
    author: "admin@casisd.demo",
    title: "美国限制对半导体、量子信息技术和人工智能领域的对外投资",
    summary: "2023年8月9日美国总统签署行政令，限制美国对“受关注国家”半导体和微电子、量子信息技术及人工智能领域的投资。",
    body: "行政令要求财政部建立对外投资审查机制。财政部同时发布拟议规则制定预先通知，提出**83个问题**，征求意见期**45天**。量子计算、量子传感和量子网络均在覆盖范围内。",
    category: "INTERNATIONAL_COOPERATION",
    distribution: "COMMUNITY",
    status: "PUBLISHED",
    countries: ["US", "CN"],
    areas: ["quantum", "semiconductors", "ai"],
    published: "2023-08-16",
    sources: [
      {
        publisher: "美国白宫",
        title: "Executive Order on Addressing United States Investments in Certain National Security Technologies",
        url: "https://www.whitehouse.gov/",
        date: "2023-08-09",
      },
    ],
  },
  {
    workspace: CHINA_WATCH,
    author: "admin@casisd.demo",
    title: "俄罗斯发布2035年前通信产业发展战略草案",
    summary: "2023年8月15日，俄罗斯发布2035年前通信产业发展战略草案，分2023—2030年和2031—2035年两个阶段实施。",
    body: "战略草案分两个阶段：**2023—2030年**与**2031—2035年**，目标包括提高通信设备国产化水平和发展下一代通信网络。",
    category: "STRATEGY_PLANNING",
    distribution: "INSTITUTION",
    status: "PUBLISHED",
    countries: ["RU"],
    areas: ["communications"],
    published: "2023-08-20",
    sources: [
      {
        publisher: "俄罗斯数字发展部",
        title: "Стратегия развития отрасли связи до 2035 года (проект)",
        url: "https://digital.gov.ru/",
        date: "2023-08-15",
      },
    ],
  },
];
