import { RecordAlreadyExistsError, UrlRequiredError } from '../../errors';
import type { ChannelCode } from '../standard';
import { onlineChannels } from '../standard';

/** Online channels are only checkable with the page address. */
export const assertUrlForOnlineChannel = (
  itemId: string,
  channel: ChannelCode,
  url: string | undefined,
): void => {
  if (onlineChannels.has(channel) && url === undefined) throw new UrlRequiredError({ itemId, channel });
};

export const assertNewRecord = (
  itemId: string,
  kind: string,
  records: Readonly<Record<string, unknown>>,
  id: string,
): void => {
  if (Object.hasOwn(records, id)) throw new RecordAlreadyExistsError({ itemId, kind, id });
};
