# {{t:exposure.tf.intro}}
{{raw:exposureTerraform}}
