using Strangler.Facade;

await FacadeHost.Build(args).RunAsync();
