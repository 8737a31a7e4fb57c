import { useCommand } from '../../app/commands.js';
import { useCreateMeeting } from './use-create-meeting.js';

/** Commands that work on every screen (mounted once by the app shell): Ctrl+N, or the menu's "new meeting". */
export function MeetingCommands() {
  const create = useCreateMeeting();
  useCommand('new-meeting', () => void create());
  return null;
}
