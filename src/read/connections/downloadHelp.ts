/**
 * The downloads the tool reads, and how a member of staff asks each platform for one. Warnings
 * quote these so that the Headteacher can pass them on as they are; the README lists the same.
 */
const DOWNLOADS: Readonly<Record<string, { name: string; howToRequest: string }>> = {
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
    howToRequest:
      'in Instagram, Accounts Centre › Your information and permissions › Download your information › the Threads profile › Format "JSON"',
  },
  linkedin: {
    name: 'LinkedIn',
    howToRequest:
      'on a computer (not the app): Me › Settings & Privacy › Data privacy › Get a copy of your data › tick "Connections" (and "Invitations") › Request archive',
  },
  x: {
    name: 'X (Twitter)',
    howToRequest:
      'More › Settings and privacy › Your account › Download an archive of your data › confirm the password and code › Request archive',
  },
  tiktok: {
    name: 'TikTok',
    howToRequest:
      'Profile › ☰ › Settings and privacy › Account › Download your data › file format "JSON" › Request data, then the "Download data" tab',
  },
  snapchat: {
    name: 'Snapchat',
    howToRequest:
      'Settings › My Data (or accounts.snapchat.com › My Data) › include "Friends", tick "Export JSON Files", date range all time › Submit',
  },
};

export function downloadName(platform: string): string {
  return DOWNLOADS[platform]?.name ?? platform;
}

/** `Facebook: Settings & privacy › …`. */
export function howToRequest(platform: string): string {
  const download = DOWNLOADS[platform];
  return download ? `${download.name}: ${download.howToRequest}` : '';
}

export const SUPPORTED_DOWNLOADS = `The tool reads the generic connections CSV and the downloads of ${Object.values(
  DOWNLOADS,
)
  .map((d) => d.name)
  .join(', ')}.`;
