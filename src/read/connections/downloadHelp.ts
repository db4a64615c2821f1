/**
 * The downloads the tool reads, and how a member of staff asks each platform for one. Warnings
 * quote these so that the Headteacher can pass them on as they are; the README lists the same.
 */
export const DOWNLOADS: Readonly<Record<string, { name: string; howToRequest: string }>> = {
  facebook: {
    name: 'Facebook',
    howToRequest:
      'Settings & privacy › Settings › Accounts Centre › Your information and permissions › Download your information › choose "Friends and followers" (Connections), Date range "All time", Format "JSON" › Create files',
  },
  instagram: {
    name: 'Instagram',
    howToRequest:
      'Settings › Accounts Centre › Your information and permissions › Download your information › choose "Followers and following", Date range "All time", Format "JSON" › Create files',
  },
  threads: {
    name: 'Threads',
    howToRequest: 'in Instagram, Accounts Centre › Your information and permissions › Download your information › the Threads profile › Format "JSON"',
  },
  linkedin: { name: 'LinkedIn', howToRequest: 'Me › Settings & Privacy › Data privacy › Get a copy of your data › tick "Connections" › Request archive' },
  x: { name: 'X (Twitter)', howToRequest: 'More › Settings and privacy › Your account › Download an archive of your data' },
  tiktok: { name: 'TikTok', howToRequest: 'Profile › ☰ › Settings and privacy › Account › Download your data › file format "JSON" › Request data' },
  snapchat: { name: 'Snapchat', howToRequest: 'Settings › My Data › include "Friends", and tick "Export JSON Files" › Submit' },
};

export function downloadName(platform: string): string {
  return DOWNLOADS[platform]?.name ?? platform;
}

/** `Facebook: Settings & privacy › …`. */
export function howToRequest(platform: string): string {
  const download = DOWNLOADS[platform];
  return download ? `${download.name}: ${download.howToRequest}` : '';
}

export const SUPPORTED_DOWNLOADS = `The tool reads the generic connections CSV and the downloads of ${Object.values(DOWNLOADS)
  .map((d) => d.name)
  .join(', ')}.`;
