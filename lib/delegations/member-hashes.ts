import { blindIndex } from "@/lib/crypto/field-encryption";
import { searchKey } from "@/lib/text/slug";

/**
 * The blind indexes that let the press office find the same person across
 * applications (and in the directory) without decrypting anything. One home
 * for their inputs: the application form, the seed and the matching must hash
 * exactly the same normalised text, or matches are silently missed.
 */
export const normalisePassportNumber = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, "");

export const passportNumberHash = (passportNumber: string) => blindIndex("passport", normalisePassportNumber(passportNumber));

/** Same folded name, date of birth and nationality: "Nguyễn Văn A" and "NGUYEN VAN A" born the same day in VN are one person. */
export const memberIdentityHash = (member: { passportName: string; dateOfBirth: string; nationality: string }) =>
  blindIndex("identity", `${searchKey(member.passportName)}|${member.dateOfBirth}|${member.nationality.toUpperCase()}`);
