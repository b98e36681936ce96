import { describe, expect, test } from "vitest";
import { shippedDetector } from "@/lib/extract/detector";
import { decodeModel, encodeModel } from "@/lib/extract/detector/model";
import { bestF1Threshold, f1At, type ScoredPoint, SPEECH_THRESHOLDS } from "@/lib/extract/detector/threshold";

describe("threshold for debate speech", () => {
  test("F1 of the Yes class at a threshold", () => {
    const points = [
      { p: 0.9, y: 1 as const },
      { p: 0.45, y: 1 as const },
      { p: 0.4, y: 0 as const },
      { p: 0.1, y: 1 as const },
    ];
    // At 0.5: 1 true positive, 2 missed → 2/(2+0+2).
    expect(f1At(points, 0.5)).toBeCloseTo(0.5);
    // At 0.4: 2 true positives, 1 false, 1 missed → 4/(4+1+1).
    expect(f1At(points, 0.4)).toBeCloseTo(2 / 3);
    expect(f1At([{ p: 0.2, y: 1 }], 0.5)).toBe(0);
  });

  test("picks the threshold with the best F1, the higher one on a tie", () => {
    // Calibrated but under-confident on new debates: claims at 0.3–0.45 are mostly check-worthy.
    const points: ScoredPoint[] = [
      ...[0.95, 0.9, 0.8, 0.6, 0.42, 0.41, 0.36].map((p) => ({ p, y: 1 as const })),
      ...[0.55, 0.38, 0.2, 0.1, 0.05].map((p) => ({ p, y: 0 as const })),
    ];
    expect(bestF1Threshold(points)).toBe(0.35);
    const tie = [
      { p: 0.6, y: 1 as const },
      { p: 0.2, y: 0 as const },
    ];
    expect(bestF1Threshold(tie)).toBe(0.55);
    expect(bestF1Threshold(tie, [0.3, 0.4])).toBe(0.4);
  });

  test("the weights file carries the threshold train:claims chose, from the grid", () => {
    const { model } = shippedDetector();
    expect(SPEECH_THRESHOLDS).toContain(model.speechThreshold);
    expect(decodeModel(encodeModel(model)).speechThreshold).toBe(model.speechThreshold);
    const { speechThreshold: _dropped, ...withoutThreshold } = model;
    expect(decodeModel(encodeModel(withoutThreshold)).speechThreshold).toBeUndefined();
  });
});
