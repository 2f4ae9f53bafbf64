namespace Planner.Errors;

/// <summary>The registry: every error code Planner raises, by area. Each has a sentence <c>problem.{code}</c> in every catalogue.</summary>
public readonly partial record struct ErrorCode
{
    /// <summary><c>agenda.moveTarget</c></summary>
    public static readonly ErrorCode AgendaMoveTarget = new("agenda.moveTarget");
    /// <summary><c>agenda.noSuchItem</c></summary>
    public static readonly ErrorCode AgendaNoSuchItem = new("agenda.noSuchItem");

    /// <summary><c>audit.unknownEntity</c></summary>
    public static readonly ErrorCode AuditUnknownEntity = new("audit.unknownEntity");

    /// <summary><c>capability.notFound</c></summary>
    public static readonly ErrorCode CapabilityNotFound = new("capability.notFound");

    /// <summary><c>checkin.notDelegate</c></summary>
    public static readonly ErrorCode CheckinNotDelegate = new("checkin.notDelegate");
    /// <summary><c>checkin.unknownCode</c></summary>
    public static readonly ErrorCode CheckinUnknownCode = new("checkin.unknownCode");

    /// <summary><c>conflict</c></summary>
    public static readonly ErrorCode Conflict = new("conflict");
    /// <summary>One new error-level conflict; the family of <c>conflict.{its code}</c> (<c>conflict.venue.doubleBooked</c>).</summary>
    public static readonly ErrorCode ConflictOne = new("conflict.one");
    /// <summary><c>conflict.several</c></summary>
    public static readonly ErrorCode ConflictSeveral = new("conflict.several");

    /// <summary><c>correctiveAction.completedBeforeStart</c></summary>
    public static readonly ErrorCode CorrectiveActionCompletedBeforeStart = new("correctiveAction.completedBeforeStart");
    /// <summary><c>correctiveAction.completedWithoutDate</c></summary>
    public static readonly ErrorCode CorrectiveActionCompletedWithoutDate = new("correctiveAction.completedWithoutDate");
    /// <summary><c>correctiveAction.dueBeforeStart</c></summary>
    public static readonly ErrorCode CorrectiveActionDueBeforeStart = new("correctiveAction.dueBeforeStart");
    /// <summary><c>correctiveAction.notCompleted</c></summary>
    public static readonly ErrorCode CorrectiveActionNotCompleted = new("correctiveAction.notCompleted");
    /// <summary><c>correctiveAction.onStrength</c></summary>
    public static readonly ErrorCode CorrectiveActionOnStrength = new("correctiveAction.onStrength");

    /// <summary><c>delegates.notSheet</c></summary>
    public static readonly ErrorCode DelegatesNotSheet = new("delegates.notSheet");

    /// <summary><c>document.fontsMissing</c></summary>
    public static readonly ErrorCode DocumentFontsMissing = new("document.fontsMissing");
    /// <summary><c>document.notFound</c></summary>
    public static readonly ErrorCode DocumentNotFound = new("document.notFound");

    /// <summary><c>event.agendaOutside</c></summary>
    public static readonly ErrorCode EventAgendaOutside = new("event.agendaOutside");
    /// <summary><c>event.endsBeforeStart</c></summary>
    public static readonly ErrorCode EventEndsBeforeStart = new("event.endsBeforeStart");
    /// <summary><c>event.notExercise</c></summary>
    public static readonly ErrorCode EventNotExercise = new("event.notExercise");
    /// <summary><c>event.notFound</c></summary>
    public static readonly ErrorCode EventNotFound = new("event.notFound");
    /// <summary><c>event.sent</c></summary>
    public static readonly ErrorCode EventSent = new("event.sent");
    /// <summary><c>event.tooLong</c></summary>
    public static readonly ErrorCode EventTooLong = new("event.tooLong");

    /// <summary><c>exercise.finalWithoutDate</c></summary>
    public static readonly ErrorCode ExerciseFinalWithoutDate = new("exercise.finalWithoutDate");
    /// <summary><c>exercise.noPlan</c></summary>
    public static readonly ErrorCode ExerciseNoPlan = new("exercise.noPlan");
    /// <summary><c>exercise.sendingIsHost</c></summary>
    public static readonly ErrorCode ExerciseSendingIsHost = new("exercise.sendingIsHost");
    /// <summary><c>exercise.sendingNotState</c></summary>
    public static readonly ErrorCode ExerciseSendingNotState = new("exercise.sendingNotState");
    /// <summary><c>exercise.sendingTwice</c></summary>
    public static readonly ErrorCode ExerciseSendingTwice = new("exercise.sendingTwice");

    /// <summary><c>feed.unknown</c></summary>
    public static readonly ErrorCode FeedUnknown = new("feed.unknown");

    /// <summary><c>finding.hasCorrectiveActions</c></summary>
    public static readonly ErrorCode FindingHasCorrectiveActions = new("finding.hasCorrectiveActions");

    /// <summary><c>history.unknownEntity</c></summary>
    public static readonly ErrorCode HistoryUnknownEntity = new("history.unknownEntity");

    /// <summary><c>holiday.badFile</c></summary>
    public static readonly ErrorCode HolidayBadFile = new("holiday.badFile");
    /// <summary><c>holiday.bigFile</c></summary>
    public static readonly ErrorCode HolidayBigFile = new("holiday.bigFile");
    /// <summary><c>holiday.noDate</c></summary>
    public static readonly ErrorCode HolidayNoDate = new("holiday.noDate");
    /// <summary><c>holiday.noEvents</c></summary>
    public static readonly ErrorCode HolidayNoEvents = new("holiday.noEvents");
    /// <summary><c>holiday.noFile</c></summary>
    public static readonly ErrorCode HolidayNoFile = new("holiday.noFile");
    /// <summary><c>holiday.tooMany</c></summary>
    public static readonly ErrorCode HolidayTooMany = new("holiday.tooMany");

    /// <summary><c>inject.moveOutsideExercise</c></summary>
    public static readonly ErrorCode InjectMoveOutsideExercise = new("inject.moveOutsideExercise");
    /// <summary><c>inject.numberNotPositive</c></summary>
    public static readonly ErrorCode InjectNumberNotPositive = new("inject.numberNotPositive");
    /// <summary><c>inject.numberTaken</c></summary>
    public static readonly ErrorCode InjectNumberTaken = new("inject.numberTaken");
    /// <summary><c>inject.outsideExercise</c></summary>
    public static readonly ErrorCode InjectOutsideExercise = new("inject.outsideExercise");

    /// <summary><c>internal</c></summary>
    public static readonly ErrorCode Internal = new("internal");

    /// <summary><c>invitation.eventBegun</c></summary>
    public static readonly ErrorCode InvitationEventBegun = new("invitation.eventBegun");
    /// <summary><c>invitation.eventOver</c></summary>
    public static readonly ErrorCode InvitationEventOver = new("invitation.eventOver");

    /// <summary><c>meeting.afterExercise</c></summary>
    public static readonly ErrorCode MeetingAfterExercise = new("meeting.afterExercise");
    /// <summary><c>meeting.alreadyLinked</c></summary>
    public static readonly ErrorCode MeetingAlreadyLinked = new("meeting.alreadyLinked");
    /// <summary><c>meeting.kindTaken</c></summary>
    public static readonly ErrorCode MeetingKindTaken = new("meeting.kindTaken");
    /// <summary><c>meeting.outOfOrder</c></summary>
    public static readonly ErrorCode MeetingOutOfOrder = new("meeting.outOfOrder");
    /// <summary><c>meeting.self</c></summary>
    public static readonly ErrorCode MeetingSelf = new("meeting.self");

    /// <summary><c>message.bodyGone</c></summary>
    public static readonly ErrorCode MessageBodyGone = new("message.bodyGone");
    /// <summary><c>message.notResendable</c></summary>
    public static readonly ErrorCode MessageNotResendable = new("message.notResendable");

    /// <summary><c>msel.noFile</c></summary>
    public static readonly ErrorCode MselNoFile = new("msel.noFile");
    /// <summary><c>msel.notCsv</c></summary>
    public static readonly ErrorCode MselNotCsv = new("msel.notCsv");
    /// <summary><c>msel.notUtf8</c></summary>
    public static readonly ErrorCode MselNotUtf8 = new("msel.notUtf8");
    /// <summary><c>msel.numberTaken</c></summary>
    public static readonly ErrorCode MselNumberTaken = new("msel.numberTaken");
    /// <summary><c>msel.numberTwice</c></summary>
    public static readonly ErrorCode MselNumberTwice = new("msel.numberTwice");
    /// <summary><c>msel.tooLarge</c></summary>
    public static readonly ErrorCode MselTooLarge = new("msel.tooLarge");
    /// <summary><c>msel.tooManyRows</c></summary>
    public static readonly ErrorCode MselTooManyRows = new("msel.tooManyRows");
    /// <summary><c>msel.unreadable</c></summary>
    public static readonly ErrorCode MselUnreadable = new("msel.unreadable");

    /// <summary><c>objective.capabilityTwice</c></summary>
    public static readonly ErrorCode ObjectiveCapabilityTwice = new("objective.capabilityTwice");
    /// <summary><c>objective.noCapability</c></summary>
    public static readonly ErrorCode ObjectiveNoCapability = new("objective.noCapability");
    /// <summary><c>objective.notFound</c></summary>
    public static readonly ErrorCode ObjectiveNotFound = new("objective.notFound");

    /// <summary><c>outcome.full</c></summary>
    public static readonly ErrorCode OutcomeFull = new("outcome.full");
    /// <summary><c>outcome.signatoriesMissing</c></summary>
    public static readonly ErrorCode OutcomeSignatoriesMissing = new("outcome.signatoriesMissing");
    /// <summary><c>outcome.tooManySignatories</c></summary>
    public static readonly ErrorCode OutcomeTooManySignatories = new("outcome.tooManySignatories");
    /// <summary><c>outcome.unsignedWithSignatories</c></summary>
    public static readonly ErrorCode OutcomeUnsignedWithSignatories = new("outcome.unsignedWithSignatories");

    /// <summary><c>participation.notFound</c></summary>
    public static readonly ErrorCode ParticipationNotFound = new("participation.notFound");
    /// <summary><c>participation.stale</c></summary>
    public static readonly ErrorCode ParticipationStale = new("participation.stale");

    /// <summary><c>party.inUse</c></summary>
    public static readonly ErrorCode PartyInUse = new("party.inUse");
    /// <summary><c>party.notFound</c></summary>
    public static readonly ErrorCode PartyNotFound = new("party.notFound");

    /// <summary><c>person.inUse</c></summary>
    public static readonly ErrorCode PersonInUse = new("person.inUse");
    /// <summary><c>person.notFound</c></summary>
    public static readonly ErrorCode PersonNotFound = new("person.notFound");

    /// <summary><c>record.duplicate</c></summary>
    public static readonly ErrorCode RecordDuplicate = new("record.duplicate");
    /// <summary><c>record.inUse</c></summary>
    public static readonly ErrorCode RecordInUse = new("record.inUse");
    /// <summary><c>record.invalid</c></summary>
    public static readonly ErrorCode RecordInvalid = new("record.invalid");
    /// <summary><c>record.notFound</c>, also the family of every <c>*.notFound</c> code made with <see cref="Specific"/>.</summary>
    public static readonly ErrorCode RecordNotFound = new("record.notFound");
    /// <summary><c>record.refused</c></summary>
    public static readonly ErrorCode RecordRefused = new("record.refused");
    /// <summary><c>record.stale</c>, also the family of every <c>*.stale</c> code made with <see cref="Specific"/>.</summary>
    public static readonly ErrorCode RecordStale = new("record.stale");

    /// <summary><c>report.unknownLanguage</c></summary>
    public static readonly ErrorCode ReportUnknownLanguage = new("report.unknownLanguage");

    /// <summary><c>request.malformed</c></summary>
    public static readonly ErrorCode RequestMalformed = new("request.malformed");

    /// <summary><c>rsvp.closed</c></summary>
    public static readonly ErrorCode RsvpClosed = new("rsvp.closed");
    /// <summary><c>rsvp.eventCancelled</c></summary>
    public static readonly ErrorCode RsvpEventCancelled = new("rsvp.eventCancelled");
    /// <summary><c>rsvp.expired</c></summary>
    public static readonly ErrorCode RsvpExpired = new("rsvp.expired");
    /// <summary><c>rsvp.noHead</c></summary>
    public static readonly ErrorCode RsvpNoHead = new("rsvp.noHead");
    /// <summary><c>rsvp.noPerson</c></summary>
    public static readonly ErrorCode RsvpNoPerson = new("rsvp.noPerson");
    /// <summary><c>rsvp.overQuota</c></summary>
    public static readonly ErrorCode RsvpOverQuota = new("rsvp.overQuota");
    /// <summary><c>rsvp.unknownLink</c></summary>
    public static readonly ErrorCode RsvpUnknownLink = new("rsvp.unknownLink");

    /// <summary><c>series.inUse</c></summary>
    public static readonly ErrorCode SeriesInUse = new("series.inUse");
    /// <summary><c>series.notFound</c></summary>
    public static readonly ErrorCode SeriesNotFound = new("series.notFound");

    /// <summary><c>signIn.tooManyAttempts</c></summary>
    public static readonly ErrorCode SignInTooManyAttempts = new("signIn.tooManyAttempts");

    /// <summary><c>signatory.notMember</c></summary>
    public static readonly ErrorCode SignatoryNotMember = new("signatory.notMember");
    /// <summary><c>signatory.notOfParty</c></summary>
    public static readonly ErrorCode SignatoryNotOfParty = new("signatory.notOfParty");
    /// <summary><c>signatory.notTakingPart</c></summary>
    public static readonly ErrorCode SignatoryNotTakingPart = new("signatory.notTakingPart");
    /// <summary><c>signatory.partyTwice</c></summary>
    public static readonly ErrorCode SignatoryPartyTwice = new("signatory.partyTwice");

    /// <summary><c>stage.endsBeforeStart</c></summary>
    public static readonly ErrorCode StageEndsBeforeStart = new("stage.endsBeforeStart");
    /// <summary><c>stage.overlaps</c></summary>
    public static readonly ErrorCode StageOverlaps = new("stage.overlaps");

    /// <summary><c>storage.busy</c></summary>
    public static readonly ErrorCode StorageBusy = new("storage.busy");
    /// <summary><c>storage.full</c></summary>
    public static readonly ErrorCode StorageFull = new("storage.full");
    /// <summary><c>storage.ioError</c></summary>
    public static readonly ErrorCode StorageIoError = new("storage.ioError");
    /// <summary><c>storage.readOnly</c></summary>
    public static readonly ErrorCode StorageReadOnly = new("storage.readOnly");
    /// <summary><c>storage.unreachable</c></summary>
    public static readonly ErrorCode StorageUnreachable = new("storage.unreachable");

    /// <summary><c>token.lastAdmin</c></summary>
    public static readonly ErrorCode TokenLastAdmin = new("token.lastAdmin");
    /// <summary><c>token.revokeSelf</c></summary>
    public static readonly ErrorCode TokenRevokeSelf = new("token.revokeSelf");

    /// <summary><c>user.lastAdmin</c></summary>
    public static readonly ErrorCode UserLastAdmin = new("user.lastAdmin");

    /// <summary><c>value.controlCharacter</c></summary>
    public static readonly ErrorCode ValueControlCharacter = new("value.controlCharacter");
    /// <summary><c>value.invalid</c></summary>
    public static readonly ErrorCode ValueInvalid = new("value.invalid");
    /// <summary><c>value.notEmail</c></summary>
    public static readonly ErrorCode ValueNotEmail = new("value.notEmail");
    /// <summary><c>value.required</c></summary>
    public static readonly ErrorCode ValueRequired = new("value.required");
    /// <summary><c>value.tooLong</c></summary>
    public static readonly ErrorCode ValueTooLong = new("value.tooLong");

    /// <summary><c>venue.inUse</c></summary>
    public static readonly ErrorCode VenueInUse = new("venue.inUse");
    /// <summary><c>venue.notFound</c></summary>
    public static readonly ErrorCode VenueNotFound = new("venue.notFound");

    /// <summary><c>version.required</c></summary>
    public static readonly ErrorCode VersionRequired = new("version.required");
    /// <summary><c>version.stale</c></summary>
    public static readonly ErrorCode VersionStale = new("version.stale");

    /// <summary><c>time.skipped</c></summary>
    public static readonly ErrorCode TimeSkipped = new("time.skipped");
    /// <summary><c>time.twice</c></summary>
    public static readonly ErrorCode TimeTwice = new("time.twice");

    /// <summary><c>session.endsBeforeStart</c></summary>
    public static readonly ErrorCode SessionEndsBeforeStart = new("session.endsBeforeStart");

    /// <summary><c>session.outsideEvent</c></summary>
    public static readonly ErrorCode SessionOutsideEvent = new("session.outsideEvent");

    /// <summary><c>speaker.twice</c></summary>
    public static readonly ErrorCode SpeakerTwice = new("speaker.twice");

    /// <summary><c>lastDay.beforeFirst</c></summary>
    public static readonly ErrorCode LastDayBeforeFirst = new("lastDay.beforeFirst");

    /// <summary><c>party.codeNotIso</c></summary>
    public static readonly ErrorCode PartyCodeNotIso = new("party.codeNotIso");

    /// <summary><c>party.codeFormat</c></summary>
    public static readonly ErrorCode PartyCodeFormat = new("party.codeFormat");

    /// <summary><c>party.tooManyContacts</c></summary>
    public static readonly ErrorCode PartyTooManyContacts = new("party.tooManyContacts");

    /// <summary><c>language.unknown</c></summary>
    public static readonly ErrorCode LanguageUnknown = new("language.unknown");

    /// <summary><c>party.weekend</c></summary>
    public static readonly ErrorCode PartyWeekend = new("party.weekend");

    /// <summary><c>party.codeTaken</c></summary>
    public static readonly ErrorCode PartyCodeTaken = new("party.codeTaken");

    /// <summary><c>standing.toBeforeFrom</c></summary>
    public static readonly ErrorCode StandingToBeforeFrom = new("standing.toBeforeFrom");

    /// <summary><c>standing.overlaps</c></summary>
    public static readonly ErrorCode StandingOverlaps = new("standing.overlaps");

    /// <summary><c>timeZone.unknown</c></summary>
    public static readonly ErrorCode TimeZoneUnknown = new("timeZone.unknown");

    /// <summary><c>participation.exists</c></summary>
    public static readonly ErrorCode ParticipationExists = new("participation.exists");

    /// <summary><c>delegation.tooLarge</c></summary>
    public static readonly ErrorCode DelegationTooLarge = new("delegation.tooLarge");

    /// <summary><c>delegation.personTwice</c></summary>
    public static readonly ErrorCode DelegationPersonTwice = new("delegation.personTwice");

    /// <summary><c>delegation.otherParty</c></summary>
    public static readonly ErrorCode DelegationOtherParty = new("delegation.otherParty");

    /// <summary><c>delegation.personTaken</c></summary>
    public static readonly ErrorCode DelegationPersonTaken = new("delegation.personTaken");

    /// <summary><c>quota.range</c></summary>
    public static readonly ErrorCode QuotaRange = new("quota.range");

    /// <summary><c>deadline.afterStart</c></summary>
    public static readonly ErrorCode DeadlineAfterStart = new("deadline.afterStart");

    /// <summary><c>reminders.tooMany</c></summary>
    public static readonly ErrorCode RemindersTooMany = new("reminders.tooMany");

    /// <summary><c>reminders.range</c></summary>
    public static readonly ErrorCode RemindersRange = new("reminders.range");
}
