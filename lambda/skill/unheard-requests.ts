/**
 * Request families Alexa sends outside a spoken turn: nobody is listening, and Alexa rejects a
 * response to them that carries speech, a reprompt or a card. They get an empty response, also
 * when handling them failed.
 */
const unheardFamilies = [
  'SessionEndedRequest',
  'System.ExceptionEncountered',
  'AlexaSkillEvent.',
  'AudioPlayer.',
  'PlaybackController.',
  'Messaging.',
  'Reminders.',
];

export function isUnheardRequestType(requestType: string): boolean {
  return unheardFamilies.some((family) => requestType.startsWith(family));
}
