// Progressive enhancement only: every page works without it.
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

initAll();
