using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Planner.Invitations;

/// <summary>Registers the invitations capability: mail templates, outbox, dispatch, reminders and RSVP.</summary>
public static class InvitationsSetup
{
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddOptions<ImapOptions>().BindConfiguration(ImapOptions.Section);
        services.AddSingleton<ReplyService>();
        services.AddSingleton<Feeds.FeedService>();
        services.AddSingleton<ImapReplyReader>();
        services.AddSingleton(sp => MailTemplates.Load(sp.GetRequiredService<Catalogue>()));
        services.AddSingleton<MailComposer>();
        services.AddSingleton<MailQueue>();
        services.AddSingleton<Events.IEventObserver, Announcements>();
        services.AddSingleton<InvitationService>();
        services.AddSingleton<Reminders>();
        services.AddSingleton<MailDispatcher>();
        services.AddSingleton<MailWork>();
        services.AddSingleton<MailNudge>();
        services.AddHostedService(sp => sp.GetRequiredService<MailNudge>());
        // The documents capability registers its own (the agenda PDF); this default attaches nothing.
        services.TryAddSingleton<IInvitationAttachments, NoAttachments>();
        services.AddAntiforgery();
        services.AddHostedService<MailTemplatesCheck>();
        return services;
    }

    public static void AddInvitationJobs(IQuartzBuilder quartz)
    {
        MailDispatchJob.Schedule(quartz);
        ReminderJob.Schedule(quartz);
        ReplyJob.Schedule(quartz);
    }
}

/// <summary>Loads the mail templates when the service starts, so a missing or broken template stops it at once.</summary>
internal sealed class MailTemplatesCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<MailTemplates>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
