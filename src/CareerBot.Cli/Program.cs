using CareerBot.Cli;

return await CareerBotCli.RunAsync(args).ConfigureAwait(false);
