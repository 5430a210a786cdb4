/** The one client, bound to the browser: `request` for extension pages, `send` for content scripts. */
import { makeClient } from '../shared/messages/client';
import type { ContentMessage, PageMessage } from '../shared/messages/types';
import { nativeApi } from './native-api';

const sendMessage = (message: unknown) => nativeApi.runtime.sendMessage(message);

/** From the extension's own pages (popup, side panel, options, welcome). */
export const request = makeClient<PageMessage>(sendMessage);

/** From content scripts (the every-page script and the page tools). */
export const send = makeClient<ContentMessage>(sendMessage);
