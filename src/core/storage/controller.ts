import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DATA_CLEARED, watchForWipes } from './storage.js';

/** Calls `onCleared` when the parent clears their data anywhere on the page. */
export class DataClearedController implements ReactiveController {
  private readonly listener = () => this.onCleared();
  constructor(
    host: ReactiveControllerHost,
    private readonly onCleared: () => void,
  ) {
    host.addController(this);
  }
  hostConnected(): void {
    window.addEventListener(DATA_CLEARED, this.listener);
    watchForWipes(); // also a wipe on another page or tab, seen on Back or in the storage event
  }
  hostDisconnected(): void {
    window.removeEventListener(DATA_CLEARED, this.listener);
  }
}
