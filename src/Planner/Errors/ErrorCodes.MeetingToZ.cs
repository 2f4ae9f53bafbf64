namespace Planner.Errors;

/// <summary>The registry of error codes, continued (<c>meeting.</c> to <c>z</c>); see <c>ErrorCodes.cs</c>.</summary>
public readonly partial record struct ErrorCode
{
    /// <summary><c>meeting.afterExercise</c>: "The meeting starts after the exercise; planning meetings come before it."</summary>
    public static readonly ErrorCode MeetingAfterExercise = new("meeting.afterExercise");
    /// <summary><c>meeting.alreadyLinked</c>: "This event is already a planning meeting of an exercise."</summary>
    public static readonly ErrorCode MeetingAlreadyLinked = new("meeting.alreadyLinked");
    /// <summary><c>meeting.kindTaken</c>: "The exercise already has a meeting of this kind; unlink it first."</summary>
    public static readonly ErrorCode MeetingKindTaken = new("meeting.kindTaken");
    /// <summary><c>meeting.outOfOrder</c>: "The planning meetings must follow the order of the cycle."</summary>
    public static readonly ErrorCode MeetingOutOfOrder = new("meeting.outOfOrder");
    /// <summary><c>meeting.self</c>: "An exercise is not a planning meeting of itself."</summary>
    public static readonly ErrorCode MeetingSelf = new("meeting.self");

    /// <summary><c>message.bodyGone</c>: "The text of this message is no longer kept; it cannot be sent again."</summary>
    public static readonly ErrorCode MessageBodyGone = new("message.bodyGone");
    /// <summary><c>message.notResendable</c>: "Only a message that failed, or whose delivery is unknown, is sent again."</summary>
    public static readonly ErrorCode MessageNotResendable = new("message.notResendable");

    /// <summary><c>msel.noObjective</c>: "Line {line}: the exercise has no objective number '{value}'."</summary>
    public static readonly ErrorCode MselNoObjective = new("msel.noObjective");
    /// <summary><c>msel.notNumber</c>: "Line {line}: '{value}' is not an inject number (a positive whole number)."</summary>
    public static readonly ErrorCode MselNotNumber = new("msel.notNumber");
    /// <summary><c>msel.notStatus</c>: "Line {line}: '{value}' is not one of pending, released, skipped."</summary>
    public static readonly ErrorCode MselNotStatus = new("msel.notStatus");
    /// <summary><c>msel.notTime</c>: "Line {line}: '{value}' is not a time; write it as 2009-04-18 10:30."</summary>
    public static readonly ErrorCode MselNotTime = new("msel.notTime");
    /// <summary><c>msel.noFile</c>: "Choose a CSV file to import."</summary>
    public static readonly ErrorCode MselNoFile = new("msel.noFile");
    /// <summary><c>msel.notCsv</c>: "The MSEL import takes a CSV file."</summary>
    public static readonly ErrorCode MselNotCsv = new("msel.notCsv");
    /// <summary><c>msel.notUtf8</c>: "The file is not UTF-8 text; save the spreadsheet as CSV UTF-8."</summary>
    public static readonly ErrorCode MselNotUtf8 = new("msel.notUtf8");
    /// <summary><c>msel.numberTaken</c>: "The MSEL already has an inject with this number."</summary>
    public static readonly ErrorCode MselNumberTaken = new("msel.numberTaken");
    /// <summary><c>msel.numberTwice</c>: "This inject number appears on another line of the file too."</summary>
    public static readonly ErrorCode MselNumberTwice = new("msel.numberTwice");
    /// <summary><c>msel.tooLarge</c>: "The file is too large to import."</summary>
    public static readonly ErrorCode MselTooLarge = new("msel.tooLarge");
    /// <summary><c>msel.tooManyRows</c>: "The file has too many injects for one import."</summary>
    public static readonly ErrorCode MselTooManyRows = new("msel.tooManyRows");
    /// <summary><c>msel.unreadable</c>: "A line of the file could not be read."</summary>
    public static readonly ErrorCode MselUnreadable = new("msel.unreadable");

    /// <summary><c>nameplates.noParties</c>: "The event has no participating parties yet, so there is no name plate to print; add its participants first."</summary>
    public static readonly ErrorCode NameplatesNoParties = new("nameplates.noParties");

    /// <summary><c>objective.capabilityTwice</c>: "This capability is named twice."</summary>
    public static readonly ErrorCode ObjectiveCapabilityTwice = new("objective.capabilityTwice");
    /// <summary><c>objective.noCapability</c>: "An objective tests at least one capability; choose one."</summary>
    public static readonly ErrorCode ObjectiveNoCapability = new("objective.noCapability");
    /// <summary><c>objective.notFound</c>: "The exercise has no such objective."</summary>
    public static readonly ErrorCode ObjectiveNotFound = new("objective.notFound");

    /// <summary><c>outcome.full</c>: "The meeting already has as many of these as one meeting may have."</summary>
    public static readonly ErrorCode OutcomeFull = new("outcome.full");
    /// <summary><c>outcome.signatoriesMissing</c>: "A signed document names its signatories: one per member state that signed it."</summary>
    public static readonly ErrorCode OutcomeSignatoriesMissing = new("outcome.signatoriesMissing");
    /// <summary><c>outcome.tooManySignatories</c>: "A document has too many signatories."</summary>
    public static readonly ErrorCode OutcomeTooManySignatories = new("outcome.tooManySignatories");
    /// <summary><c>outcome.unsignedWithSignatories</c>: "A document adopted without signing has no signatories."</summary>
    public static readonly ErrorCode OutcomeUnsignedWithSignatories = new("outcome.unsignedWithSignatories");

    /// <summary><c>participation.exists</c>: "This party already takes part in the event; change its role instead."</summary>
    public static readonly ErrorCode ParticipationExists = new("participation.exists");
    /// <summary><c>participation.notFound</c>: "This party does not take part in the event."</summary>
    public static readonly ErrorCode ParticipationNotFound = new("participation.notFound");
    /// <summary><c>participation.stale</c>: "Someone else changed this participation in the meantime; read it again and make your change again."</summary>
    public static readonly ErrorCode ParticipationStale = new("participation.stale");

    /// <summary><c>party.codeFormat</c>: "A code is 2 to 20 letters, digits or hyphens, e.g. CIS-ATC."</summary>
    public static readonly ErrorCode PartyCodeFormat = new("party.codeFormat");
    /// <summary><c>party.codeNotIso</c>: "“{value}” is not an ISO 3166 alpha-3 code; a state's code is three letters, e.g. KAZ."</summary>
    public static readonly ErrorCode PartyCodeNotIso = new("party.codeNotIso");
    /// <summary><c>party.codeTaken</c>: "The code {value} is already used by another party."</summary>
    public static readonly ErrorCode PartyCodeTaken = new("party.codeTaken");
    /// <summary><c>party.inUse</c>: "This party is named by {events} events and {others} other records, so it cannot be removed; end its standing instead."</summary>
    public static readonly ErrorCode PartyInUse = new("party.inUse");
    /// <summary><c>party.notFound</c>: "There is no such party."</summary>
    public static readonly ErrorCode PartyNotFound = new("party.notFound");
    /// <summary><c>party.tooManyContacts</c>: "At most {max} contact addresses are kept per party."</summary>
    public static readonly ErrorCode PartyTooManyContacts = new("party.tooManyContacts");
    /// <summary><c>party.weekend</c>: "Choose the days of the weekend: each day once, fewer than seven."</summary>
    public static readonly ErrorCode PartyWeekend = new("party.weekend");

    /// <summary><c>password.tooShort</c>: "The password has at least {min} characters."</summary>
    public static readonly ErrorCode PasswordTooShort = new("password.tooShort");

    /// <summary><c>person.inUse</c>: "This person is named in {events} events (delegations, agendas, signatures), so they cannot be removed."</summary>
    public static readonly ErrorCode PersonInUse = new("person.inUse");
    /// <summary><c>person.notFound</c>: "There is no such person."</summary>
    public static readonly ErrorCode PersonNotFound = new("person.notFound");

    /// <summary><c>quota.range</c>: "A delegation may have from 1 to {max} people."</summary>
    public static readonly ErrorCode QuotaRange = new("quota.range");

    /// <summary><c>record.duplicate</c>: "A record with the same key already exists."</summary>
    public static readonly ErrorCode RecordDuplicate = new("record.duplicate");
    /// <summary><c>record.inUse</c>: "The record refers to a record that does not exist, or is still referred to by others."</summary>
    public static readonly ErrorCode RecordInUse = new("record.inUse");
    /// <summary><c>record.invalid</c>: "The record breaks a rule of the database."</summary>
    public static readonly ErrorCode RecordInvalid = new("record.invalid");
    /// <summary><c>record.notFound</c>: "There is no record with id {id}." Also the family of every <c>*.notFound</c> code.</summary>
    public static readonly ErrorCode RecordNotFound = new("record.notFound");
    /// <summary><c>record.refused</c>: "The database refused the change."</summary>
    public static readonly ErrorCode RecordRefused = new("record.refused");
    /// <summary><c>record.stale</c>: "The record {id} has changed since version {version} was read; read it again and reapply the change." Also the family of every <c>*.stale</c> code.</summary>
    public static readonly ErrorCode RecordStale = new("record.stale");

    /// <summary><c>reminders.range</c>: "A reminder goes 1 to 90 days before."</summary>
    public static readonly ErrorCode RemindersRange = new("reminders.range");
    /// <summary><c>reminders.tooMany</c>: "At most {max} reminders."</summary>
    public static readonly ErrorCode RemindersTooMany = new("reminders.tooMany");

    /// <summary><c>query.dateOutOfRange</c>: "'{value}': dates run from the year 1900 to 2199."</summary>
    public static readonly ErrorCode QueryDateOutOfRange = new("query.dateOutOfRange");
    /// <summary><c>query.days</c>: "days is the number of consecutive working days wanted, 1 to 60."</summary>
    public static readonly ErrorCode QueryDays = new("query.days");
    /// <summary><c>query.documentLanguage</c>: "'{value}' is not a document language; use en, ru or zh."</summary>
    public static readonly ErrorCode QueryDocumentLanguage = new("query.documentLanguage");
    /// <summary><c>query.language</c>: "'{value}' is not a language; use lang=ru or lang=zh (or en)."</summary>
    public static readonly ErrorCode QueryLanguage = new("query.language");
    /// <summary><c>query.noteParty</c>: "party is the id of the party the note is addressed to, e.g. ?party=4."</summary>
    public static readonly ErrorCode QueryNoteParty = new("query.noteParty");
    /// <summary><c>query.notDate</c>: "'{value}' is not a date; write it as 2023-09-08."</summary>
    public static readonly ErrorCode QueryNotDate = new("query.notDate");
    /// <summary><c>query.notIds</c>: "'{value}' is not an id; write a comma-separated list of ids such as 3,5,8."</summary>
    public static readonly ErrorCode QueryNotIds = new("query.notIds");
    /// <summary><c>query.notOneOf</c>: "'{value}' is not one of {names}."</summary>
    public static readonly ErrorCode QueryNotOneOf = new("query.notOneOf");
    /// <summary><c>query.programmeYear</c>: "year is from 1990 to 2200."</summary>
    public static readonly ErrorCode QueryProgrammeYear = new("query.programmeYear");
    /// <summary><c>query.range</c>: "to comes on or after from, at most {years} years later."</summary>
    public static readonly ErrorCode QueryRange = new("query.range");
    /// <summary><c>query.toBeforeFrom</c>: "to comes on or after from."</summary>
    public static readonly ErrorCode QueryToBeforeFrom = new("query.toBeforeFrom");
    /// <summary><c>query.tooManyIds</c>: "At most {max} ids can be named at once."</summary>
    public static readonly ErrorCode QueryTooManyIds = new("query.tooManyIds");
    /// <summary><c>query.venue</c>: "venue is the id of the venue the meeting would be held at."</summary>
    public static readonly ErrorCode QueryVenue = new("query.venue");
    /// <summary><c>query.year</c>: "year is a four-digit year, e.g. ?year=2027."</summary>
    public static readonly ErrorCode QueryYear = new("query.year");
    /// <summary><c>query.years</c>: "year (and to) are years from 1990, at most 20 years apart."</summary>
    public static readonly ErrorCode QueryYears = new("query.years");

    /// <summary><c>report.unknownLanguage</c>: "The report is written in English, Russian or Chinese only."</summary>
    public static readonly ErrorCode ReportUnknownLanguage = new("report.unknownLanguage");

    /// <summary><c>request.malformed</c>: "The request is malformed."</summary>
    public static readonly ErrorCode RequestMalformed = new("request.malformed");

    /// <summary><c>role.unknown</c>: "Choose a role: administrator, planner, viewer or controller."</summary>
    public static readonly ErrorCode RoleUnknown = new("role.unknown");

    /// <summary><c>rsvp.closed</c>: "Replies closed on {deadline}; please contact the secretariat."</summary>
    public static readonly ErrorCode RsvpClosed = new("rsvp.closed");
    /// <summary><c>rsvp.eventCancelled</c>: "The event has been cancelled; replies are no longer taken."</summary>
    public static readonly ErrorCode RsvpEventCancelled = new("rsvp.eventCancelled");
    /// <summary><c>rsvp.expired</c>: "The form had expired; open the link again and send your reply."</summary>
    public static readonly ErrorCode RsvpExpired = new("rsvp.expired");
    /// <summary><c>rsvp.noHead</c>: "Name the head of delegation: choose a person or type a name."</summary>
    public static readonly ErrorCode RsvpNoHead = new("rsvp.noHead");
    /// <summary><c>rsvp.noPerson</c>: "Give a person or a name."</summary>
    public static readonly ErrorCode RsvpNoPerson = new("rsvp.noPerson");
    /// <summary><c>rsvp.overQuota</c>: "The delegation has {count} people; this event accepts at most {quota} per delegation."</summary>
    public static readonly ErrorCode RsvpOverQuota = new("rsvp.overQuota");
    /// <summary><c>rsvp.unknownLink</c>: "This reply link is not known; check that it was copied whole."</summary>
    public static readonly ErrorCode RsvpUnknownLink = new("rsvp.unknownLink");

    /// <summary><c>rule.days</c>: "An event of the series lasts 1 to 60 days."</summary>
    public static readonly ErrorCode RuleDays = new("rule.days");
    /// <summary><c>rule.endTime</c>: "A one-day event ends after it starts."</summary>
    public static readonly ErrorCode RuleEndTime = new("rule.endTime");
    /// <summary><c>rule.month</c>: "The month is 1 to 12."</summary>
    public static readonly ErrorCode RuleMonth = new("rule.month");
    /// <summary><c>rule.week</c>: "The week is 1 to 4, or 5 for the last week of the month."</summary>
    public static readonly ErrorCode RuleWeek = new("rule.week");
    /// <summary><c>rule.weekday</c>: "The weekday is 1 (Monday) to 7 (Sunday)."</summary>
    public static readonly ErrorCode RuleWeekday = new("rule.weekday");

    /// <summary><c>series.codeTaken</c>: "The code {value} is already used by another series."</summary>
    public static readonly ErrorCode SeriesCodeTaken = new("series.codeTaken");
    /// <summary><c>series.inUse</c>: "The series still has events; remove them from it first."</summary>
    public static readonly ErrorCode SeriesInUse = new("series.inUse");
    /// <summary><c>series.notFound</c>: "There is no such series."</summary>
    public static readonly ErrorCode SeriesNotFound = new("series.notFound");
    /// <summary><c>series.numberTaken</c>: "Number {number} is already taken in this series."</summary>
    public static readonly ErrorCode SeriesNumberTaken = new("series.numberTaken");

    /// <summary><c>session.endsBeforeStart</c>: "The session ends ({end}) before or when it starts ({start})."</summary>
    public static readonly ErrorCode SessionEndsBeforeStart = new("session.endsBeforeStart");
    /// <summary><c>session.outsideEvent</c>: "{at} lies outside the event, which runs from {start} to {end}."</summary>
    public static readonly ErrorCode SessionOutsideEvent = new("session.outsideEvent");
    /// <summary><c>session.tooManyItems</c>: "A session has at most {max} items."</summary>
    public static readonly ErrorCode SessionTooManyItems = new("session.tooManyItems");

    /// <summary><c>signIn.tooManyAttempts</c>: "Too many failed sign-in attempts. Wait a minute and try again."</summary>
    public static readonly ErrorCode SignInTooManyAttempts = new("signIn.tooManyAttempts");

    /// <summary><c>signatory.notMember</c>: "Only member states sign outcome documents."</summary>
    public static readonly ErrorCode SignatoryNotMember = new("signatory.notMember");
    /// <summary><c>signatory.notOfParty</c>: "This person does not belong to the party they sign for."</summary>
    public static readonly ErrorCode SignatoryNotOfParty = new("signatory.notOfParty");
    /// <summary><c>signatory.notTakingPart</c>: "This party does not take part in the event."</summary>
    public static readonly ErrorCode SignatoryNotTakingPart = new("signatory.notTakingPart");
    /// <summary><c>signatory.partyTwice</c>: "This party is named twice; one signatory signs for each state."</summary>
    public static readonly ErrorCode SignatoryPartyTwice = new("signatory.partyTwice");

    /// <summary><c>speaker.twice</c>: "A speaker is named twice for the same item."</summary>
    public static readonly ErrorCode SpeakerTwice = new("speaker.twice");

    /// <summary><c>stage.endsBeforeStart</c>: "The stage ends before it starts."</summary>
    public static readonly ErrorCode StageEndsBeforeStart = new("stage.endsBeforeStart");
    /// <summary><c>stage.overlaps</c>: "The stage starts before the stage before it ends."</summary>
    public static readonly ErrorCode StageOverlaps = new("stage.overlaps");

    /// <summary><c>standing.overlaps</c>: "A party has one standing at a time; this period overlaps another of its standings."</summary>
    public static readonly ErrorCode StandingOverlaps = new("standing.overlaps");
    /// <summary><c>standing.toBeforeFrom</c>: "The standing ends ({to}) on or before the day it begins ({from})."</summary>
    public static readonly ErrorCode StandingToBeforeFrom = new("standing.toBeforeFrom");

    /// <summary><c>storage.busy</c>: "The database is busy with another change; nothing was saved. Try again in a few seconds."</summary>
    public static readonly ErrorCode StorageBusy = new("storage.busy");
    /// <summary><c>storage.full</c>: "The disk holding Planner's data is full; nothing was saved. Try again once space has been freed."</summary>
    public static readonly ErrorCode StorageFull = new("storage.full");
    /// <summary><c>storage.ioError</c>: "The storage holding Planner's data reported an input/output error; nothing was saved. Try again later."</summary>
    public static readonly ErrorCode StorageIoError = new("storage.ioError");
    /// <summary><c>storage.readOnly</c>: "Planner's data is on storage that cannot be written now; nothing was saved. Try again later."</summary>
    public static readonly ErrorCode StorageReadOnly = new("storage.readOnly");
    /// <summary><c>storage.unreachable</c>: "Planner's database server cannot be reached; nothing was saved. Try again later."</summary>
    public static readonly ErrorCode StorageUnreachable = new("storage.unreachable");

    /// <summary><c>time.skipped</c>: "{at} does not exist in {zone}: the clocks skip it. Choose a time before {before} or from {from}."</summary>
    public static readonly ErrorCode TimeSkipped = new("time.skipped");
    /// <summary><c>time.twice</c>: "{at} occurs twice in {zone} because the clocks go back; choose a time outside that hour."</summary>
    public static readonly ErrorCode TimeTwice = new("time.twice");

    /// <summary><c>timeZone.unknown</c>: "“{value}” is not a time zone; use one such as Asia/Tashkent or Europe/Moscow."</summary>
    public static readonly ErrorCode TimeZoneUnknown = new("timeZone.unknown");

    /// <summary><c>token.lastAdmin</c>: "The last admin token cannot be revoked; create another admin token first."</summary>
    public static readonly ErrorCode TokenLastAdmin = new("token.lastAdmin");
    /// <summary><c>token.revokeSelf</c>: "A token cannot revoke itself; revoke it with another admin token."</summary>
    public static readonly ErrorCode TokenRevokeSelf = new("token.revokeSelf");

    /// <summary><c>user.lastAdmin</c>: "This is the last administrator; make another user an administrator first."</summary>
    public static readonly ErrorCode UserLastAdmin = new("user.lastAdmin");
    /// <summary><c>user.nameTaken</c>: "There is already a user named {value}."</summary>
    public static readonly ErrorCode UserNameTaken = new("user.nameTaken");

    /// <summary><c>value.controlCharacter</c>: "{field} contains the control character {char} at position {position}; only tabs and line breaks are allowed."</summary>
    public static readonly ErrorCode ValueControlCharacter = new("value.controlCharacter");
    /// <summary><c>value.invalid</c>: "The request has values that are not accepted; see errors."</summary>
    public static readonly ErrorCode ValueInvalid = new("value.invalid");
    /// <summary><c>value.notEmail</c>: "'{value}' is not an e-mail address."</summary>
    public static readonly ErrorCode ValueNotEmail = new("value.notEmail");
    /// <summary><c>value.required</c>: "{field} is required."</summary>
    public static readonly ErrorCode ValueRequired = new("value.required");
    /// <summary><c>value.tooLong</c>: "{field} is {length} characters long; at most {max} are allowed."</summary>
    public static readonly ErrorCode ValueTooLong = new("value.tooLong");

    /// <summary><c>venue.inUse</c>: "The venue has events; its time zone cannot change and it cannot be removed while they refer to it."</summary>
    public static readonly ErrorCode VenueInUse = new("venue.inUse");
    /// <summary><c>venue.notFound</c>: "There is no such venue."</summary>
    public static readonly ErrorCode VenueNotFound = new("venue.notFound");

    /// <summary><c>version.required</c>: "Send the version you read to delete this."</summary>
    public static readonly ErrorCode VersionRequired = new("version.required");
    /// <summary><c>version.stale</c>: "Version {version} is no longer current."</summary>
    public static readonly ErrorCode VersionStale = new("version.stale");
}
