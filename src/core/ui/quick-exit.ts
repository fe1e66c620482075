import { clearAllData } from '../storage/storage.js';

let navigate = (url: string) => window.location.replace(url);

/** Tests replace the navigation, so a test page is not left. */
export function setQuickExitNavigation(fn: (url: string) => void): void {
  navigate = fn;
}

/**
 * Quick exit ("snel weg") for a parent who is not safe: clears everything DigiPlein kept and
 * replaces the page (so the back button does not lead back here) with a neutral site.
 */
export function quickExit(url: string): void {
  clearAllData();
  navigate(url);
}
