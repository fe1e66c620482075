/**
 * The desk's views. Each feature adds ONE import line here for its view module, which
 * defines its element and calls `registerDeskView` (see docs/server.md).
 */
import './views/account-define.js';
import './views/chat-define.js';
import './views/followups-define.js';
import './views/routes-define.js';
import './views/signups-define.js';
import './views/spreekuren-define.js';
