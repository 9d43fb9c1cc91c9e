// scripts/harness.py 의 normalise/compare 를 그대로 옮긴 것: 페이지의 실행 결과를 테스트와 같은 규칙으로 비교합니다.
// 고칠 때는 둘을 함께 고치세요. tests/test_runner.py 가 같은 사례에서 둘의 답이 같은지 봅니다.
// 파이썬의 \d, \b 는 유니코드 기준이라 여기서는 \p{Nd} 와 [\p{L}\p{N}_] 경계로 씁니다.
const W = "[\\p{L}\\p{N}_]";
const D = "\\p{Nd}";
const B0 = `(?<!${W})`, B1 = `(?!${W})`;
const ELAPSED = new RegExp(`(${D}+\\.${D}+)(?=\\s*(?:초|seconds?${B1}))`, "gu");
const RATIO = new RegExp(`(${D}+\\.${D}+)(?=배)`, "gu");
const ADDRESS = /0x[0-9a-fA-F]{6,}/g;
const CLOCK = new RegExp(`${B0}${D}{2}:${D}{2}:${D}{2}(?:[.,]${D}+)?${B1}`, "gu");
const DATE = new RegExp(`${B0}${D}{4}-${D}{2}-${D}{2}${B1}`, "gu");
const STDLIB_LINE = /(File ["']…\/[^"']+["'], line )\p{Nd}+/gu;

// 파이썬의 float() 처럼 어느 문자의 십진 숫자든 읽습니다 (숫자는 열 개씩 이어진 블록에 있습니다).
const ND = /\p{Nd}/u;
function num(s) {
  return parseFloat(s.replace(/\p{Nd}/gu, d => {
    const cp = d.codePointAt(0);
    let start = cp;
    while (ND.test(String.fromCodePoint(start - 1))) start--;
    return String((cp - start) % 10);
  }));
}

export function normalise(text) {
  const numbers = [...text.matchAll(ELAPSED)].map(m => num(m[1]));
  text = text.replace(ELAPSED, "<초>");
  const ratios = [...text.matchAll(RATIO)].map(m => num(m[1]));
  text = text.replace(RATIO, "<배>");
  text = text.replace(ADDRESS, "0x…").replace(CLOCK, "<시각>").replace(DATE, "<날짜>").replace(STDLIB_LINE, "$1<줄>");
  return [text.replace(/\n+$/, "") + "\n", numbers, ratios];
}

export const closeEnough = (e, a) => e - 0.1 - 1e-9 <= a && a <= e + Math.max(0.3, 0.25 * e) + 1e-9;

export function similarRatio(e, a) {
  const sameSide = (e > 1) === (a > 1) || (e === 1 && a === 1);
  return sameSide && e / 2 <= a && a <= e * 2;
}

// null 이면 같습니다. 다르면 짧은 설명 (줄이 다르면 처음 다른 줄).
export function compare(expected, actual) {
  const [et, en, er] = normalise(expected), [at, an, ar] = normalise(actual);
  if (et !== at) {
    const el = et.split("\n"), al = at.split("\n");
    let k = 0;
    while (k < el.length && el[k] === al[k]) k++;
    return `${k + 1}번째 줄이 다릅니다.\n기대: ${el[k] ?? "(끝)"}\n실제: ${al[k] ?? "(끝)"}`;
  }
  for (let k = 0; k < Math.min(en.length, an.length); k++)
    if (!closeEnough(en[k], an[k])) return `걸린 시간이 허용 범위를 벗어났습니다: 기대 ${en[k]}초, 실제 ${an[k]}초`;
  for (let k = 0; k < Math.min(er.length, ar.length); k++)
    if (!similarRatio(er[k], ar[k])) return `잰 배율이 허용 범위(1을 넘는지가 같고, 절반–두 배)를 벗어났습니다: 기대 ${er[k]}배, 실제 ${ar[k]}배`;
  return null;
}
