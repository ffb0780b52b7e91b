// {{t:exposure.bicep.intro}}
{{raw:exposureBicep}}
