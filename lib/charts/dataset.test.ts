import { describe, expect, it } from "vitest";
import { axisLabels, share } from "./dataset";

describe("axisLabels", () => {
  it("keeps short labels and cuts long ones at the end", () => {
    expect(axisLabels(["Done", "Artificial intelligence and machine learning"], 24)).toEqual([
      "Done",
      "Artificial intelligence…",
    ]);
  });

  it("keeps the start and the end of labels that would otherwise read the same", () => {
    const labels = [
      "Quantum computing: talent exchange and researcher quotas",
      "Quantum computing: talent exchange and visas for students",
      "AI: data sharing",
    ];
    const names = axisLabels(labels, 24);
    expect(names).toEqual(["Quantum comp…cher quotas", "Quantum comp…or students", "AI: data sharing"]);
    expect(new Set(names).size).toBe(3);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(24);
  });

  it("numbers labels that are the same even so", () => {
    const names = axisLabels(["Joint fund", "Joint fund", "Standards"], 24);
    expect(names).toEqual(["Joint fund (1)", "Joint fund (2)", "Standards"]);
    const long = axisLabels(["A very long agenda item title indeed", "A very long agenda item title indeed"], 24);
    expect(new Set(long).size).toBe(2);
    for (const n of long) expect(n.length).toBeLessThanOrEqual(24);
  });
});

describe("share", () => {
  it("is a percentage with one decimal, 0 of nothing", () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(0, 0)).toBe(0);
  });
});
