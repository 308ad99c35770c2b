import { describe, expect, test } from "vitest";
import { changeDay, draftsToPost, moveNextTo, moveWithinDay, newDraft, sortDayByTime, timedDrafts, type DraftItem } from "./editing";

const D1 = "2027-03-10";
const D2 = "2027-03-11";
const draft = (key: string, day: string, start: string, fields: Partial<DraftItem> = {}): DraftItem => ({
  key,
  day,
  start,
  end: "",
  activity: key,
  place: "",
  host: "",
  transport: "",
  notes: "",
  forSubset: false,
  attendeeContactIds: [],
  ...fields,
});
const keys = (drafts: DraftItem[]) => drafts.map((entry) => entry.key);
// a, c on day 1 around b on day 2: moves skip items of other days.
const drafts = [draft("a", D1, "09:00"), draft("b", D2, "08:00"), draft("c", D1, "08:00"), draft("d", D1, "")];

describe("moving items", () => {
  test("up and down swap with the neighbour of the same day and stop at the ends", () => {
    expect(keys(moveWithinDay(drafts, "c", -1))).toEqual(["c", "b", "a", "d"]);
    expect(keys(moveWithinDay(drafts, "a", 1))).toEqual(["c", "b", "a", "d"]);
    expect(keys(moveWithinDay(drafts, "a", -1))).toEqual(keys(drafts));
    expect(keys(moveWithinDay(drafts, "b", 1))).toEqual(keys(drafts));
  });

  test("a drop lands before or after the target, only within the day", () => {
    expect(keys(moveNextTo(drafts, "d", "a", false))).toEqual(["d", "a", "b", "c"]);
    expect(keys(moveNextTo(drafts, "a", "c", true))).toEqual(["b", "c", "a", "d"]);
    expect(keys(moveNextTo(drafts, "b", "a", false))).toEqual(keys(drafts));
  });

  test("changing the day puts the item last on its new day", () => {
    const moved = changeDay(drafts, "a", D2);
    expect(keys(moved)).toEqual(["b", "c", "d", "a"]);
    expect(draftsToPost(moved, [D1, D2]).keys).toEqual(["c", "d", "b", "a"]);
  });

  test("sorting a day by time keeps other days and puts unreadable times last", () => {
    expect(keys(sortDayByTime(drafts, D1))).toEqual(["c", "b", "a", "d"]);
  });
});

describe("what the editor posts and checks", () => {
  test("items in program order, ids only for saved ones, attendees only for subsets", () => {
    const posted = draftsToPost(
      [draft("new-1", D2, "10:00", { attendeeContactIds: ["x"] }), draft("id-1", D1, "09:00", { id: "id-1", forSubset: true, attendeeContactIds: ["x"] })],
      [D1, D2],
    );
    expect(posted.keys).toEqual(["id-1", "new-1"]);
    expect(posted.items[0]).toMatchObject({ id: "id-1", forSubset: true, attendeeContactIds: ["x"] });
    expect(posted.items[1]).not.toHaveProperty("id");
    expect(posted.items[1]).toMatchObject({ forSubset: false, attendeeContactIds: [] });
    expect(posted.items[1]).not.toHaveProperty("key");
  });

  test("overlap checks skip unreadable times and treat a bad end as a point in time", () => {
    const timed = timedDrafts([draft("a", D1, "9:0"), draft("b", D1, "10:00", { end: "09:00" }), draft("c", D1, "10:00", { end: "11:00" })]);
    expect(timed.map((entry) => [entry.key, entry.startMinute, entry.endMinute])).toEqual([
      ["b", 600, null],
      ["c", 600, 660],
    ]);
  });

  test("a new item starts where the day's last item ends", () => {
    expect(newDraft([draft("a", D1, "09:00", { end: "10:30" })], D1, "k").start).toBe("10:30");
    expect(newDraft([draft("a", D1, "09:00")], D1, "k").start).toBe("09:00");
    expect(newDraft([], D2, "k")).toMatchObject({ key: "k", day: D2, start: "09:00", activity: "" });
  });
});
