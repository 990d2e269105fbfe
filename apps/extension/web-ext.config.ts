import { defineWebExtConfig } from 'wxt';

// No display on CI machines; `pnpm start` launches the browser itself.
export default defineWebExtConfig({ disabled: true });
