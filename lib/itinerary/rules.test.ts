import { describe, expect, test } from "vitest";
import { daysOutsideDates, findOverlaps, isWithinDates, type TimedItem } from "./rules";

const range = { startsOn: "2023-09-16", endsOn: "2023-09-18" };
const ANNA = "anna";
const BAO = "bao";

let sequence = 0;
function item(fields: Partial<TimedItem>): TimedItem {
  sequence += 1;
  return { key: `k${sequence}`, activity: `Item ${sequence}`, day: "2023-09-16", startMinute: 540, endMinute: 600, forSubset: false, attendeeContactIds: [], ...fields };
}
const pairs = (items: TimedItem[]) => findOverlaps(items).map((warning) => [warning.first.key, warning.second.key]);

describe("within the owner's dates", () => {
  test("the first and last days count, the days around them do not", () => {
    expect(["2023-09-15", "2023-09-16", "2023-09-18", "2023-09-19"].map((day) => isWithinDates(day, range))).toEqual([false, true, true, false]);
  });

  test("names the day field of each item outside", () => {
    expect(daysOutsideDates([{ day: "2023-09-16" }, { day: "2023-09-20" }, { day: "2023-09-01" }], range)).toEqual(["items.1.day", "items.2.day"]);
  });
});

describe("overlaps", () => {
  test("two items for everyone whose spans overlap, named both", () => {
    const a = item({ activity: "Visit a coffee cooperative", startMinute: 540, endMinute: 660 });
    const b = item({ activity: "Lunch", startMinute: 630, endMinute: 720 });
    expect(findOverlaps([b, a])).toEqual([
      { day: "2023-09-16", first: { key: a.key, activity: a.activity, startMinute: 540, endMinute: 660 }, second: { key: b.key, activity: b.activity, startMinute: 630, endMinute: 720 } },
    ]);
  });

  test("spans that only touch, or lie on different days, do not overlap", () => {
    expect(pairs([item({ startMinute: 540, endMinute: 600 }), item({ startMinute: 600, endMinute: 660 })])).toEqual([]);
    expect(pairs([item({ day: "2023-09-16" }), item({ day: "2023-09-17" })])).toEqual([]);
  });

  test("a point in time occupies its minute", () => {
    const talk = item({ startMinute: 540, endMinute: 600 });
    const photo = item({ startMinute: 599, endMinute: null });
    const bus = item({ startMinute: 600, endMinute: null });
    expect(pairs([talk, photo, bus])).toEqual([[talk.key, photo.key]]);
    const again = item({ startMinute: 600, endMinute: null });
    expect(pairs([bus, again])).toEqual([[bus.key, again.key]]);
  });

  test("items for different groups of people do not clash; sharing one person does", () => {
    const anna = item({ forSubset: true, attendeeContactIds: [ANNA] });
    const bao = item({ forSubset: true, attendeeContactIds: [BAO] });
    expect(pairs([anna, bao])).toEqual([]);
    const both = item({ forSubset: true, attendeeContactIds: [BAO, ANNA] });
    expect(pairs([anna, bao, both])).toEqual([
      [anna.key, both.key],
      [bao.key, both.key],
    ]);
  });

  test("an item for everyone shares people with any item", () => {
    const everyone = item({ startMinute: 480, endMinute: 720 });
    const anna = item({ forSubset: true, attendeeContactIds: [ANNA], startMinute: 600, endMinute: 630 });
    expect(pairs([anna, everyone])).toEqual([[everyone.key, anna.key]]);
  });

  test("a long item overlaps every item inside it, not only the next one", () => {
    const day = item({ startMinute: 480, endMinute: 1020 });
    const morning = item({ startMinute: 540, endMinute: 600, forSubset: true, attendeeContactIds: [ANNA] });
    const afternoon = item({ startMinute: 840, endMinute: 900, forSubset: true, attendeeContactIds: [BAO] });
    expect(pairs([day, morning, afternoon])).toEqual([
      [day.key, morning.key],
      [day.key, afternoon.key],
    ]);
  });
});
