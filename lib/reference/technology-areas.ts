// The default technology-area taxonomy every new workspace starts with (critical & emerging
// technologies, reference/domain.md). Keys are stable so filters match across workspaces.
export const DEFAULT_TECHNOLOGY_AREAS: { key: string; name: string; zh: string; ko: string }[] = [
  { key: "ai", name: "Artificial intelligence", zh: "人工智能", ko: "인공지능" },
  { key: "quantum", name: "Quantum information", zh: "量子信息", ko: "양자 정보" },
  { key: "semiconductors", name: "Semiconductors & microelectronics", zh: "半导体与微电子", ko: "반도체·마이크로전자" },
  { key: "batteries", name: "Secondary batteries", zh: "二次电池", ko: "이차전지" },
  { key: "displays", name: "Displays", zh: "显示器", ko: "디스플레이" },
  { key: "mobility", name: "Advanced mobility", zh: "先进出行", ko: "첨단 모빌리티" },
  {
    key: "communications",
    name: "Next-generation communications (5G/6G)",
    zh: "下一代通信（5G/6G）",
    ko: "차세대 통신(5G/6G)",
  },
  { key: "biotech", name: "Biotechnology", zh: "生物技术", ko: "바이오" },
  {
    key: "materials",
    name: "Advanced materials & critical minerals",
    zh: "先进材料与关键矿产",
    ko: "첨단 소재·핵심 광물",
  },
  { key: "space", name: "Space & aerospace", zh: "空间与航空航天", ko: "우주·항공" },
  { key: "ocean", name: "Ocean", zh: "海洋", ko: "해양" },
  { key: "cybersecurity", name: "Cybersecurity", zh: "网络安全", ko: "사이버보안" },
  { key: "clean-energy", name: "Clean energy & hydrogen", zh: "清洁能源与氢能", ko: "청정에너지·수소" },
];

/** Rows for `technologyAreas: { createMany: { data } }` on a new workspace. */
export function defaultAreaRows() {
  return DEFAULT_TECHNOLOGY_AREAS.map((a) => ({ key: a.key, name: a.name, translations: { zh: a.zh, ko: a.ko } }));
}

/** An area's name in the reader's language, falling back to its main name. */
export function areaName(area: { name: string; translations: unknown }, locale: string): string {
  const translations = (area.translations ?? {}) as Record<string, string>;
  return translations[locale] || area.name;
}
