// Key messages and Press quotes are real screens now; they live (lazy-loaded) in their own features.
export { KeyMessagesScreen } from '../key-messages';
export { PressQuotesScreen } from '../quotes';

// Interview practice is a real screen now; it lives (lazy-loaded) in features/rehearsal.
export { InterviewPracticeScreen } from '../rehearsal/InterviewPracticeScreen';

// The Message sheet is a real screen now; it lives (lazy-loaded) in features/message-sheet.
export { MessageSheetScreen } from '../message-sheet';
