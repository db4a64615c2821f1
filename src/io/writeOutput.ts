/** Reports and kept files are written whole or not at all: see atomicWrite.ts. */
export { writeFileAtomically } from './atomicWrite.js';
