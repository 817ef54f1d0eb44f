/** Where two strings differ: the common prefix and suffix, and each side's differing middle. */
export interface CharDiff {
  prefix: string;
  ours: string;
  theirs: string;
  suffix: string;
}

export function getCharDiff(ours: string, theirs: string): CharDiff {
  let start = 0;
  while (start < ours.length && start < theirs.length && ours[start] === theirs[start]) start++;
  let end = 0;
  while (
    end < ours.length - start &&
    end < theirs.length - start &&
    ours[ours.length - 1 - end] === theirs[theirs.length - 1 - end]
  ) end++;
  return {
    prefix: ours.slice(0, start),
    ours: ours.slice(start, ours.length - end),
    theirs: theirs.slice(start, theirs.length - end),
    suffix: ours.slice(ours.length - end),
  };
}
