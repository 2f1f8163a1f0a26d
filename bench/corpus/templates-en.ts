/**
 * @module English sentence templates. `{slot}` markers are filled by the writer (writer-en.ts):
 * P person, N nation, D demonym, PPL nation's people, C city, R region, O organisation,
 * n section noun, n2 shared noun, ns section plural, a adjective, v section verb, adv adverb,
 * TIME, ATTR attribution, SRC unnamed source, NUM, BIG money, PCT percent, MON month, YR year,
 * T rare name, TK rare organisation, Q a quoted clause, L / LP company / place named after a
 * country or person, MJ Michael Jordan (a person whose name holds a country).
 */

export const LEADS = [
  '{D} {ns} {v} a {a} {n} {TIME}, in a move that {SRC} said could reshape the balance of power in {R}.',
  '{P} {v} a {a} {n} {TIME}, saying {N} would not accept any {n2} that ignored the concerns of its {ns}.',
  '{N} and {N} {v} a {a} {n2} {TIME} after {NUM} months of talks, according to {SRC}.',
  'The {a} {n} in {C} reached day {NUM} {TIME}, with {ns} warning that the {n2} was running out of time.',
  '{SRC} said {TIME} that {N} had {v} the {a} {n}, the clearest sign yet that {D} {ns} are changing course.',
  'A {a} {n} announced in {C} {TIME} has drawn {a} reactions from {ns} across {R}.',
  '{D} authorities {v} the {n} {TIME}, weeks after {ns} in {C} first raised the alarm over the {n2}.',
  'Hundreds of {ns} gathered in {C} {TIME} as {N} {v} its {a} {n}, the first of its kind in more than a decade.',
];

export const BODY = [
  'The {n} comes after {NUM} months of {a} negotiations between {N} and {N}, {SRC} said.',
  '{P} {ATTR} that the {n2} would be reviewed by the end of {MON}.',
  'According to {SRC}, the {a} {n2} is worth {BIG} and covers {NUM} separate projects.',
  '{ns} in {C} {adv} {v} the {n}, arguing that it favoured {ns} over ordinary families.',
  'The {n2} was first proposed in {YR} but stalled amid a {a} dispute over funding.',
  '{D} officials have {adv} {v} similar plans, though none reached the implementation stage.',
  'Observers in {R} say the {n} marks a {a} shift in how {N} deals with its neighbours.',
  '{SRC} said {NUM} {ns} had been informed of the {n2} before it was made public.',
  'Turnout among {ns} rose by {PCT} compared with the previous year, {SRC} said.',
  'The {TK}, which advises several governments in {R}, described the {n} as “{a} but necessary”.',
  '{P} is expected to travel to {C} {TIME} to discuss the {n2} with {D} counterparts.',
  'Since {YR}, {N} has spent {BIG} on the {n}, much of it financed by loans from {O}.',
  'Critics say the {n2} does little to address the {a} {n} facing {ns} in the region.',
  'The {n} was {adv} {v} by {O}, which called for a {a} {n2} involving all parties.',
  'A spokesperson for {O} declined to comment on the {n2} when contacted {TIME}.',
  '{PPL} living abroad will also be affected by the {n}, which takes effect in {MON}.',
  'Prices in {C} rose by {PCT} in the three months to {MON}, data from the {TK} showed.',
  'The {a} {n} in the village of {T}, east of {C}, has become a symbol of the wider {n2}.',
  'In a separate development, {ns} in {C} {v} a {a} {n2} linked to the {T} project.',
  '{P} said the {n} had “opened a new chapter” in relations between {N} and {N}.',
  'The {n2} follows a {a} {n} last year that left {NUM} {ns} without support.',
  'It remains unclear whether {N} will join the {n2}, which {O} has {adv} backed.',
  'Several {ns} said they had not been consulted before the {n} was {v}.',
  'The {TK} said in a report published in {MON} that the {n} had cost the economy {BIG}.',
  '{P} {adv} {v} the {n2}, calling it a {a} step toward stability in {R}.',
  '{D} media described the {n} as the most {a} since {YR}.',
  'Officials from {N}, {N} and {N} are due to meet in {C} to review the {n2}.',
  'The {n} has {adv} divided {ns}, with some calling for a {a} {n2} instead.',
  'More than {NUM} {ns} have signed a petition against the {n}, organisers said.',
  'The {n2} is part of a {a} plan to attract {BIG} in investment by {YR2}.',
  'Analysts expect the {n} to dominate discussions at the {a} {n2} in {C} next month.',
  'In {C}, {ns} queued for hours {TIME} as news of the {n} spread.',
  '{P} and {P} held a {a} meeting on the sidelines of the {n2}, {SRC} said.',
  'The {a} {n2} was welcomed by {D} {ns}, who had lobbied for it since {YR}.',
  'Data released by the {TK} showed a {PCT} increase in {ns} registering for the {n}.',
];

export const QUOTE_FRAMES = [
  '“{Q},” {P} {ATTR}.',
  '“{Q},” said {P}.',
  '{P} {ATTR}: “{Q}.”',
  '“{Q},” {P} {ATTR}, adding that the {n2} would be reviewed {TIME2}.',
];

export const QUOTES = [
  'We are committed to a {a} {n} with our partners in {R}',
  'This {n2} is {a} for everyone involved, and we will not step back from it',
  'There is no alternative to {n} if we want to protect our {ns}',
  'Our {ns} deserve better than a {a} {n2}',
  'We have been clear from the start that the {n} must respect international law',
  'Nobody expected the {n2} to move this fast',
  'The numbers speak for themselves: {PCT} in a single year',
  'We will keep working with {N} until the {n} is complete',
  'It is too early to say whether the {n2} will succeed',
  'What matters now is that {ns} see real results on the ground',
];

/** Rare sentences naming a company or place that holds a country word (an entity trap). */
export const TRAPS = [
  'The agreement with {L} is separate from the {n}, {SRC} stressed.',
  'Executives from {L} were among the guests at the {n2} in {C}.',
  'Traffic near {LP} was disrupted for several hours {TIME}, {SRC} said.',
  'A pop-up store in {C} drew long queues for a pair of trainers once worn by {MJ}.',
  'Hotels in {C} are adding roast turkey with spiced rice to their holiday menus this year.',
  'Among the items auctioned in {C} was a set of fine china that once belonged to a merchant family.',
];

export const CLOSERS = [
  'The {n2} is expected to be presented to {O} before the end of {MON}.',
  'Further details are due to be published {TIME2}.',
  'Neither side gave a timetable for the next round of talks.',
  'The {TK} said it would publish its full findings in {MON}.',
];

/** Headlines. Title-cased by the writer; slots as above. */
export const TITLES = [
  '{D} {ns} {v} {a} {n} amid {n2} in {C}',
  '{N} and {N} {v} {n2} on {n}',
  '{P} {v} {a} {n} during visit to {N}',
  '{N} {v} {n} as {ns} warn of {a} {n2}',
  '{a} {n} in {C} tests {D} {n2}',
  "Why {N}'s {a} {n} matters for {R}",
  '{D} {n2} {v} after {a} {n}',
  '{ns} react as {N} {v} {n}',
];

// No nation or person slots here: the subtitle is dropped from ~15% of articles after the truth is taken.
export const SUBTITLES = [
  '{SRC} say the {n} could affect {NUM} {ns} across {R}',
  'The {a} {n2} follows months of debate in {C}',
  '{ns} expect a {a} {n} before the end of {MON}',
  'The {n} is the first of its kind since {YR}',
];

/** "Read more" lines and the like that sit inside the body on the real site. */
export const READ_MORE = ['Read more: {D} {ns} {v} {a} {n}', 'Read also: {N} {v} {n2} in {C}', 'Read more: {ns} in {C} {v} {a} {n2}'];
