import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { genericCsvImporter } from '../../../src/read/connections/genericCsv.js';
import { importers } from '../../../src/read/connections/importers.js';
import { htmlListOf } from '../../../src/read/connections/otherFiles.js';
import { FIXTURES, fixture } from './helpers.js';

describe('the importer registry', () => {
  it('tries the generic CSV last, after every platform', () => {
    expect(importers.at(-1)).toBe(genericCsvImporter);
    expect(importers.filter((i) => i.platform === 'generic')).toHaveLength(1);
  });

  it('has no two importers claiming the same fixture file', async () => {
    const files = (await readdir(FIXTURES, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const relative = `${file.parentPath}/${file.name}`.slice(FIXTURES.length + 1);
      const source = fixture(relative);
      const head = await source.head();
      const claiming = importers.filter((i) => i.detect({ name: source.name, head })).map((i) => i.id);
      expect(claiming.length, `${relative}: ${claiming.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('htmlListOf', () => {
  it('knows the HTML lists of each platform, and nothing else', () => {
    expect(htmlListOf({ name: 'S01/fb/connections/friends/your_friends.html', head: '<html>' })).toEqual({
      platform: 'facebook',
    });
    expect(htmlListOf({ name: 'S01/ig/connections/followers_and_following/followers_1.html', head: '<html>' })).toEqual(
      { platform: 'instagram' },
    );
    expect(htmlListOf({ name: 'S01/ig/your_instagram_activity/threads/following.html', head: '<html>' })).toEqual({
      platform: 'threads',
    });
    expect(htmlListOf({ name: 'S01/mydata/html/friends.html', head: '<html>' })).toEqual({ platform: 'snapchat' });
    expect(htmlListOf({ name: 'S01/fb/index.html', head: '<html>' })).toBeUndefined();
    expect(htmlListOf({ name: 'S01/fb/friends.json', head: '{}' })).toBeUndefined();
  });
});
