import { describe, expect, it } from 'vitest';
import { formulaShown } from '../../src/normalise/formulaShown.js';
import { visibleText } from '../../src/normalise/visibleText.js';

/** A spreadsheet formula that only spells out text shows that text (invented names). */
describe('formulaShown', () => {
  it.each([
    ['=HYPERLINK("https://www.facebook.com/x","Nia Adeyemi")', 'Nia Adeyemi'],
    ['=hyperlink( "https://x.invalid/a" ; "Nia Adeyemi" )', 'Nia Adeyemi'],
    ['=@_xlfn.HYPERLINK("https://x.invalid/a","Nia ""Ni"" Adeyemi")', 'Nia "Ni" Adeyemi'],
    ['=HYPERLINK("https://x.invalid/nia")', 'https://x.invalid/nia'],
    ['="Nia "&"Adeyemi"', 'Nia Adeyemi'],
    ['=CONCATENATE("Nia"," ","Adeyemi")', 'Nia Adeyemi'],
    ['=HYPERLINK("https://x.invalid",CONCAT("Nia ","Adeyemi",2012))', 'Nia Adeyemi2012'],
  ])('reads %j as %j', (cell, shown) => {
    expect(formulaShown(cell)).toBe(shown);
    expect(visibleText(cell)).toBe(shown);
  });

  it.each([
    '=SUM(A1:A3)',
    '=HYPERLINK(A1,"Nia Adeyemi")',
    '=HYPERLINK("a","b","c")',
    '="Nia Adeyemi',
    '=CONCAT("Nia","Adeyemi"',
    '="Nia"&',
    '="Nia" "Adeyemi"',
    'Nia Adeyemi',
    ' =HYPERLINK("x","Nia Adeyemi")',
  ])('leaves %j as written: not a formula that only spells out text', (cell) => {
    expect(formulaShown(cell)).toBe(cell);
  });
});
