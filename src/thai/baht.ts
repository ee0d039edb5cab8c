/** Baht in Thai words ("หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน") through thai-baht-text. */
import bahtModule from 'thai-baht-text';

// thai-baht-text is CommonJS whose module.exports is the function; its typings describe a namespace instead.
const convert = ((bahtModule as unknown as { default?: unknown }).default ?? bahtModule) as unknown as (n: number) => string;

/** Writes an amount of baht in Thai words, as budget lines print it beside the digits. */
export function bahtText(amount: number): string {
  return convert(amount);
}
