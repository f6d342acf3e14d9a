// CareerBot on Azure: an Azure Bot (Teams channel on) whose messaging endpoint is a Linux App Service running the
// bot's container, with state in PostgreSQL Flexible Server. Deploy:
//   az deployment group create -g <rg> -f deploy/azure/main.bicep \
//     -p botAppId=<entra app id> botAppPassword=<client secret> containerImage=<registry>/careerbot:<tag> \
//        postgresAdminPassword=<password>
// The Entra app registration (app id + secret, or a user-assigned managed identity) is created beforehand; Bicep
// cannot create app registrations. Then build the Teams app package from the outputs botAppId and botDomain:
//   manifest/teams/package.sh --app-id <botAppId> --domain <botDomain>
// The tests compile and lint this file with the Bicep CLI (tests/CareerBot.Bot.Tests/Deploy).

@description('Base name for every resource; letters and digits.')
@minLength(3)
@maxLength(20)
param name string = 'careerbot'

param location string = resourceGroup().location

@description('MultiTenant, SingleTenant or UserAssignedMSI, as the Bot Framework SDK reads MicrosoftAppType.')
@allowed(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
param botAppType string = 'SingleTenant'

@description('The Entra app (client) id of the bot.')
param botAppId string

@secure()
@description('The Entra app client secret (empty for UserAssignedMSI).')
param botAppPassword string = ''

@description('The container image of the bot, built from deploy/Dockerfile.')
param containerImage string

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'careerbot'

@secure()
param postgresAdminPassword string

@description('App Service plan SKU: B1 is enough for a pilot; P1v3 for a whole PM organisation.')
param appServiceSku string = 'B1'

var tenantId = subscription().tenantId
var suffix = uniqueString(resourceGroup().id, name)
var webAppName = '${name}-${suffix}'
var postgresName = '${name}-pg-${suffix}'
var databaseName = 'careerbot'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-12-01-preview' = {
  name: postgresName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-12-01-preview' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Lets Azure services (the App Service) reach the server; use private networking for production at scale.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-12-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux,container'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: botAppPassword }
        { name: 'MicrosoftAppTenantId', value: botAppType == 'MultiTenant' ? '' : tenantId }
        { name: 'Storage__Provider', value: 'postgres' }
        {
          name: 'Storage__ConnectionString'
          value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
        }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: 'CareerBot'
    description: 'An HR-style career interview for product managers.'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppType: botAppType
    msaAppId: botAppId
    msaAppTenantId: botAppType == 'MultiTenant' ? '' : tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
@description('The Teams app package settings: teams-package --app-id <botAppId> --domain <botDomain>.')
output botAppId string = botAppId
output botDomain string = web.properties.defaultHostName
output webAppUrl string = 'https://${web.properties.defaultHostName}'
output postgresHost string = postgres.properties.fullyQualifiedDomainName
