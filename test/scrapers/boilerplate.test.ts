import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBoilerplateLine } from '../../scrapers/common/boilerplate.js';

test('boilerplate lines: read-more, prompts, credits, bylines, date lines, copyright, ad labels', () => {
  for (const line of [
    'Read more: Qatar signs LNG deal with China',
    'Read also - Oil prices climb',
    'Related: Ten things to know',
    'اقرأ أيضاً: سلطنة عمان تخفض رسوم تأشيرات السياحة',
    'اقرأ أيضا: خبر آخر',
    'Sign up to our newsletter for exclusive updates and enhanced content',
    'Subscribe',
    'اشترك في نشرتنا الإخبارية',
    '(AFP/File Photo)',
    '(Shutterstock)',
    'Photo: Reuters',
    'By Jane Doe',
    'بقلم منى الخطيب',
    'Published January 21st, 2016 - 05:53 GMT',
    'نشر بتاريخ ١٦ سبتمبر ٢٠١٤ - ٠٨:٤٠ بتوقيت غرينتش',
    '© 2016 Al Bawaba (www.albawaba.com)',
    'Copyright 2022 The Coastal Ledger. All rights reserved.',
    'Advertisement',
    'Share on Facebook',
  ])
    assert.equal(isBoilerplateLine(line), true, line);
});

test('prose that starts like boilerplate stays', () => {
  for (const line of [
    'By Monday, the ministry had received more than 400 complaints about the new fees.',
    'Published reports suggest the deal was signed in secret.',
    'Subscribers to the service will pay 3 dinars more a month from January.',
    'Related talks between the two sides are expected to resume next week in Muscat.',
    'شارك في الاجتماع وزراء خارجية ست دول عربية إلى جانب ممثلين عن الأمم المتحدة.',
    'Copyright law in the region has barely changed since the 1990s, lawyers said.',
    'Watch makers in Switzerland reported a fall in exports to the Gulf.',
  ])
    assert.equal(isBoilerplateLine(line), false, line);
});
